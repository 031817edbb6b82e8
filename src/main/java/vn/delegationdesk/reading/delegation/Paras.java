package vn.delegationdesk.reading.delegation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.delegationdesk.reading.Normalised;
import vn.delegationdesk.reading.Normalised.Paragraph;
import vn.delegationdesk.reading.Passage;
import vn.delegationdesk.reading.SourceDocument;

/**
 * A source's passages as {@link Para}s: tidied (NFC, spaces, "2 . Chương trình" read "2. Chương trình"), joined by
 * {@link Normalised#paragraphs} where the page broke a sentence, split again where a joined line opens a lettered or
 * numbered item ("a) Tại tỉnh …"), and their known slips corrected.
 */
final class Paras {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACED_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\s+\\.\\s+");
    /** A line that opens an item even when the line before breaks off mid-sentence. */
    private static final Pattern OPENS_ITEM = Pattern.compile("^(?:[a-zđ]\\)\\s|\\d+(?:\\.\\d+)*\\.\\s|[-+*•–]\\s)");

    private Paras() {
    }

    static List<Para> of(SourceDocument source) {
        List<Passage> tidied = new ArrayList<>();
        Map<Integer, String> texts = new HashMap<>();
        for (Passage passage : source.passages()) {
            String text = tidy(passage.text());
            texts.put(passage.index(), text);
            tidied.add(new Passage(passage.index(), text, passage.bold(), passage.tableRow(), passage.tableColumn()));
        }
        Map<Integer, Passage> byIndex = new HashMap<>();
        tidied.forEach(p -> byIndex.put(p.index(), p));
        List<Para> out = new ArrayList<>();
        for (Paragraph paragraph : Normalised.paragraphs(tidied)) {
            List<Integer> run = new ArrayList<>();
            for (int index : paragraph.passages()) {
                if (!run.isEmpty() && OPENS_ITEM.matcher(texts.get(index)).find()) {
                    out.add(para(run, texts, paragraph.bold(), byIndex));
                    run = new ArrayList<>();
                }
                run.add(index);
            }
            out.add(para(run, texts, paragraph.bold(), byIndex));
        }
        return out;
    }

    private static Para para(List<Integer> passages, Map<Integer, String> texts, boolean bold, Map<Integer, Passage> byIndex) {
        StringBuilder text = new StringBuilder();
        for (int index : passages) {
            String line = texts.get(index);
            if (text.length() > 0 && !(endsWithDigitDash(text) && Character.isDigit(line.charAt(0)))) {
                text.append(' ');
            }
            text.append(line);
        }
        KnownSlips.Corrected corrected = KnownSlips.correct(text.toString());
        return new Para(corrected.text(), bold, byIndex.get(passages.get(0)).inTable(), passages, corrected.slips());
    }

    /** "giai đoạn 2023-" broken before "2025": the range is one word again. */
    private static boolean endsWithDigitDash(CharSequence text) {
        int n = text.length();
        return n >= 2 && "-–‑".indexOf(text.charAt(n - 1)) >= 0 && Character.isDigit(text.charAt(n - 2));
    }

    static String tidy(String raw) {
        String value = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("**", "");
        value = SPACES.matcher(value).replaceAll(" ").strip();
        return SPACED_NUMBER.matcher(value).replaceFirst("$1. ");
    }
}
