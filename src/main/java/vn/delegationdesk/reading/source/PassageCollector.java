package vn.delegationdesk.reading.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;

/**
 * Gathers the passages of one source in reading order within the {@link SourceLimits}: each text NFC-normalised and
 * trimmed (no-break spaces too), blank ones left out, indexes given in order. Past a limit it ends in a
 * {@link SourceException} naming the file and the limit.
 */
public final class PassageCollector {
    private final String fileName;
    private final List<Passage> passages = new ArrayList<>();
    private long characters;

    public PassageCollector(String fileName) {
        this.fileName = fileName;
    }

    /** Adds a paragraph (or a line of text); a blank one is left out. */
    public void paragraph(String text, boolean bold) {
        add(text, bold, -1, -1);
    }

    /** Adds a table cell at {@code row} and {@code column} (from 0); a blank one is left out. */
    public void cell(String text, boolean bold, int row, int column) {
        add(text, bold, row, column);
    }

    private void add(String raw, boolean bold, int row, int column) {
        String text = clean(raw);
        if (text.isEmpty()) {
            return;
        }
        if (passages.size() >= SourceLimits.MAX_PASSAGES) {
            throw tooManyPassages(fileName);
        }
        characters += text.length();
        if (characters > SourceLimits.MAX_TEXT_CHARS) {
            throw tooMuchText(fileName);
        }
        passages.add(new Passage(passages.size(), text, bold, row, column));
    }

    public SourceDocument document() {
        return new SourceDocument(fileName, passages);
    }

    /** NFC, the ends trimmed of white space and no-break spaces, a stray byte-order mark dropped. */
    static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\uFEFF", "");
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public static SourceException tooManyPassages(String fileName) {
        return SourceException.of("reading.source.tooManyPassages", "more than " + SourceLimits.MAX_PASSAGES + " passages", null,
                fileName, SourceLimits.MAX_PASSAGES);
    }

    public static SourceException tooMuchText(String fileName) {
        return SourceException.of("reading.source.tooMuchText", "more than " + SourceLimits.MAX_TEXT_CHARS + " characters", null,
                fileName, SourceLimits.MAX_TEXT_CHARS);
    }
}
