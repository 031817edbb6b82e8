package vn.delegationdesk.reading;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tolerant reading of what a source gives: NFC text, one space between words, the dash variants of a range made one
 * ("03‑05", "30- 40" and "20 – 30" all read "a–b"), the markdown bold of pasted text taken off, footnote marks
 * dropped, and paragraphs whose lines were broken mid-sentence (the seeds' .txt files) joined again.
 */
public final class Normalised {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern RANGE_DASH = Pattern.compile("(\\d)\\s*[\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212-]\\s*(\\d)");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=[\\p{L}\\p{N})\"”])[¹²³⁴⁵⁶⁷⁸⁹⁰]+");
    /** What opens a new paragraph: a numbering, a bullet, a Roman or letter section. */
    private static final Pattern OPENS = Pattern.compile("^(\\d+(\\.\\d+)*\\.(\\s|$)|[IVXL]+\\.\\s|[A-Z]\\.\\s|[-+*•–]|[¹²³⁴⁵⁶⁷⁸⁹])");
    /** What opens a paragraph in words: a ground, the closing, a label ("Tổ chức thực hiện:", "Thời lượng:"). */
    private static final Pattern OPENS_WORDS = Pattern.compile("^(Thực hiện |Căn cứ |Trên đây |\\p{Lu}[\\p{L} ]{2,30}:)");
    private static final Pattern WEEKDAY = Pattern.compile("(?iu)th[ứu]\\s+(hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y)|ch[ủu]\\s+nh[ậa]t");
    /** A line this long that does not end a sentence was broken by the page, not by its writer. */
    private static final int WRAPPED_LINE = 58;

    private Normalised() {
    }

    /** One paragraph as the recognisers read it, with the passages it was joined from. */
    public record Paragraph(String text, boolean bold, List<Integer> passages) {
        public Paragraph {
            passages = List.copyOf(passages);
        }
    }

    /** NFC, one space between words, bold markers and footnote marks off, range dashes made "–". */
    public static String text(String raw) {
        String value = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("**", "");
        value = FOOTNOTE_MARK.matcher(value).replaceAll("");
        value = SPACES.matcher(value).replaceAll(" ").strip();
        return RANGE_DASH.matcher(value).replaceAll("$1–$2");
    }

    /** "03" → 3, "13.000" → 13000; empty when it is no number. */
    public static OptionalLong number(String digits) {
        String value = digits.strip().replace(".", "");
        if (value.isEmpty() || value.length() > 15 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value));
    }

    /** The weekday written "Thứ Ba", "thứ ba", "THỨ BA" or "Chủ nhật", in NFC or NFD. */
    public static Optional<DayOfWeek> weekday(String raw) {
        Matcher m = WEEKDAY.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC));
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) == null) {
            return Optional.of(DayOfWeek.SUNDAY);
        }
        String day = Normalizer.normalize(m.group(1).toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Optional.of(switch (day) {
            case "hai" -> DayOfWeek.MONDAY;
            case "ba" -> DayOfWeek.TUESDAY;
            case "tu" -> DayOfWeek.WEDNESDAY;
            case "nam" -> DayOfWeek.THURSDAY;
            case "sau" -> DayOfWeek.FRIDAY;
            default -> DayOfWeek.SATURDAY;
        });
    }

    /** Whether every letter of {@code value} is a capital (a heading, a title in the signature block). */
    public static boolean allCaps(String value) {
        int letters = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * The passages as paragraphs: blank ones dropped, and a passage joined to the one before when that one breaks off
     * mid-sentence (it opens with a small letter, or the one before is a full line that ends no sentence) and it opens
     * no numbering or bullet. Table cells and bold changes always start their own paragraph.
     */
    public static List<Paragraph> paragraphs(List<Passage> passages) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Integer> indices = new ArrayList<>();
        boolean bold = false;
        boolean markdownBold = false;
        boolean closed = true;
        String lastLine = "";
        for (Passage passage : passages) {
            String raw = Normalizer.normalize(passage.text(), Normalizer.Form.NFC).strip();
            boolean opensBold = raw.startsWith("**");
            boolean lineBold = passage.bold() || markdownBold || opensBold;
            boolean closesBold = raw.length() > 2 && raw.endsWith("**");
            if (opensBold && !closesBold) {
                markdownBold = true;
            }
            if (closesBold) {
                markdownBold = false;
            }
            String line = text(raw);
            if (line.isEmpty()) {
                continue;
            }
            boolean join = !closed && !passage.inTable() && lineBold == bold && continues(text.toString(), lastLine, line);
            if (join) {
                text.append(' ').append(line);
                indices.add(passage.index());
            } else {
                flush(out, text, indices, bold);
                text.append(line);
                indices.add(passage.index());
                bold = lineBold;
            }
            closed = passage.inTable() || closesBold;
            lastLine = line;
        }
        flush(out, text, indices, bold);
        return out;
    }

    private static boolean continues(String before, String lastLine, String line) {
        if (OPENS.matcher(line).find() || OPENS_WORDS.matcher(line).find() || allCaps(line) || allCaps(before)
                || line.startsWith("Nơi nhận")) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if (".;:!?".indexOf(last) >= 0) {
            return false;
        }
        if (Character.isLowerCase(line.charAt(0))) {
            return true;
        }
        return lastLine.length() >= WRAPPED_LINE || last == '-' || last == ',';
    }

    private static void flush(List<Paragraph> out, StringBuilder text, List<Integer> indices, boolean bold) {
        if (!indices.isEmpty()) {
            out.add(new Paragraph(text.toString(), bold, indices));
        }
        text.setLength(0);
        indices.clear();
    }
}
