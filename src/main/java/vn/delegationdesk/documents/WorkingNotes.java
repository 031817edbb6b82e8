package vn.delegationdesk.documents;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.platform.i18n.TextFolding;

/**
 * Notes meant for the clerk, never for paper: that a name is sample data ("Tên đơn vị là dữ liệu mẫu.", a
 * member's "Dữ liệu mẫu") or that a rate is not verified ("TT 40/2017 Đ12 k4 (TT 12/2025 có sửa đổi hay không:
 * chưa xác minh)"). The app shows them on screen, where they are warnings; a document signed and sealed must not
 * carry them, so every document is passed through {@link #removeFrom} before it is written. A note is removed with
 * the bracket or the sentence (or clause, up to a semicolon) that holds it, so the rest still reads.
 */
public final class WorkingNotes {
    /** Folded (no marks, lower case) words that mark a working note. */
    static final List<String> MARKERS = List.of("du lieu mau", "chua xac minh");
    private static final Pattern BRACKET = Pattern.compile("\\s*\\([^()]*\\)");
    /** A sentence or clause with the punctuation and spaces that end it. */
    private static final Pattern CLAUSE = Pattern.compile("[^.;!?]+(?:[.;!?]+(?=\\s|$)\\s*|[.;!?]+|$)");

    private WorkingNotes() {
    }

    /** {@code document} without any working note. */
    public static PrintedDocument removeFrom(PrintedDocument document) {
        return document.mapText(WorkingNotes::remove);
    }

    /** {@code text} without the brackets and sentences that hold a working note; the text itself when it has none. */
    public static String remove(String text) {
        if (text == null || !isNote(text)) {
            return text;
        }
        String out = removeBrackets(text);
        if (isNote(out)) {
            out = removeClauses(out);
        }
        return out.strip();
    }

    /** Whether {@code text} holds a working note. */
    public static boolean isNote(String text) {
        String folded = TextFolding.fold(text);
        return MARKERS.stream().anyMatch(folded::contains);
    }

    private static String removeBrackets(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = BRACKET.matcher(text);
        int from = 0;
        while (m.find()) {
            out.append(text, from, m.start());
            if (!isNote(m.group())) {
                out.append(m.group());
            }
            from = m.end();
        }
        return out.append(text.substring(from)).toString();
    }

    private static String removeClauses(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = CLAUSE.matcher(text);
        while (m.find()) {
            if (m.group().isEmpty()) {
                break;
            }
            if (!isNote(m.group())) {
                out.append(m.group());
            }
        }
        String kept = out.toString().strip();
        // A text whose last clause was the note ends on the mark of the clause before it: "a; note." gives "a;".
        if (kept.endsWith(";") || kept.endsWith(",")) {
            kept = kept.substring(0, kept.length() - 1) + (text.strip().endsWith(".") ? "." : "");
        }
        return kept;
    }
}
