package vn.delegationdesk.reading.source.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The labels Word shows before numbered and bulleted paragraphs, counted in reading order per list ({@code w:num}):
 * the level's text ("%1.", "%2)", "-") with each "%n" replaced by level n's counter in that level's format (decimal,
 * 01, a, A, i, I); a deeper level restarts when a shallower one moves on. A bullet from a symbol font (a private-use
 * character) is shown as "•". A paragraph outside any list has the empty label.
 */
final class DocxNumbering {
    private static final int LEVELS = 9;

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The paragraph's label followed by a space, or "". Counts the paragraph in its list. */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numbering == null || numId == null || paragraph.getText().isBlank()) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.max(0, Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue()));
        CTLvl[] levels = levels(numId);
        if (levels[level] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(levels[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String text = levels[level].getLvlText() == null ? "" : levels[level].getLvlText().getVal();
        if (text == null) {
            return "";
        }
        String format = format(levels[level]);
        if (format.equals("bullet")) {
            return bullet(text);
        }
        if (format.equals("none")) {
            return text.isBlank() || text.contains("%") ? "" : text + " ";
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                CTLvl lvl = levels[referenced];
                int value = count[referenced] != 0 ? count[referenced] : lvl == null ? 1 : start(lvl);
                label.append(render(value, lvl == null ? "decimal" : format(lvl)));
            } else {
                label.append(c);
            }
        }
        String rendered = label.toString().strip();
        return rendered.isEmpty() ? "" : rendered + " ";
    }

    /** The list's levels: its abstract definition's, overridden where the list says so. */
    private CTLvl[] levels(BigInteger numId) {
        CTLvl[] levels = new CTLvl[LEVELS];
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum() == null) {
            return levels;
        }
        if (num.getCTNum().getAbstractNumId() != null) {
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum != null && abstractNum.getCTAbstractNum() != null) {
                for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                    put(levels, lvl);
                }
            }
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getLvl() != null) {
                put(levels, override.getLvl());
            } else if (override.getStartOverride() != null && override.getIlvl() != null) {
                int index = override.getIlvl().intValue();
                if (index >= 0 && index < LEVELS && levels[index] != null) {
                    CTLvl copy = (CTLvl) levels[index].copy();
                    if (copy.getStart() == null) {
                        copy.addNewStart();
                    }
                    copy.getStart().setVal(override.getStartOverride().getVal());
                    levels[index] = copy;
                }
            }
        }
        return levels;
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        int index = lvl.getIlvl() == null ? -1 : lvl.getIlvl().intValue();
        if (index >= 0 && index < LEVELS) {
            levels[index] = lvl;
        }
    }

    private static int start(CTLvl lvl) {
        if (lvl.getStart() == null || lvl.getStart().getVal() == null) {
            return 1;
        }
        return Math.max(0, Math.min(100_000, lvl.getStart().getVal().intValue()));
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    private static String bullet(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return "";
        }
        char first = stripped.charAt(0);
        boolean symbolFont = first >= '\uE000' && first <= '\uF8FF';
        return (symbolFont ? "•" : stripped) + " ";
    }

    static String render(int value, String format) {
        return switch (format) {
            case "decimalZero" -> String.format(Locale.ROOT, "%02d", value);
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            default -> Integer.toString(value);
        };
    }

    /** 1 a, 26 z, 27 aa, 28 bb: as Word letters a list. */
    private static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
