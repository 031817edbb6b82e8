package vn.delegationdesk.reading.source.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph's lines joined again where the page wrapped them: a line is continued by the next one when it runs to
 * the right edge of the text (the widest line's end) so closely that the next line's first word would not have fitted
 * after it; a line the writer ended (a paragraph's last line, a title's line, an item of a list) leaves room. The next
 * line must have the same weight and open no numbering or bullet ("1.2.", "II.", "a)", "-", "+"). A plain text file
 * has no such measure, so its recognisers guess from the words; a PDF's lines say where they end, and the guess is
 * not needed (a wrap after "…;" or "…," would otherwise split a paragraph). Lines are only joined when the text is
 * set in a column of at least {@link #MIN_COLUMN} points (a page's text, not a few short lines of equal length).
 */
final class WrappedLines {
    /** Points of slack: a justified line ends at the edge give or take rounding. */
    private static final float TOLERANCE = 1.5f;
    /** Points from the leftmost start to the rightmost end of the lines (about 7 cm; an A4 page's text is 16 cm). */
    static final float MIN_COLUMN = 200;
    private static final Pattern OPENS = Pattern.compile("^(\\d+(\\.\\d+)*\\.|[IVXL]+\\.|\\p{Ll}\\)|[-+*•–—])(\\s|$)");

    private WrappedLines() {
    }

    /** The lines of all pages in order, the wrapped ones joined (also across a page break). */
    static List<PdfLines.Line> joined(List<List<PdfLines.Line>> pages) {
        float edge = 0;
        float left = Float.MAX_VALUE;
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line line : page) {
                edge = Math.max(edge, line.end());
                left = Math.min(left, line.start());
            }
        }
        boolean column = edge - left >= MIN_COLUMN;
        List<PdfLines.Line> out = new ArrayList<>();
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line line : page) {
                int last = out.size() - 1;
                if (column && last >= 0 && wraps(out.get(last), line, edge)) {
                    out.set(last, out.get(last).joined(line));
                } else {
                    out.add(line);
                }
            }
        }
        return out;
    }

    static boolean wraps(PdfLines.Line line, PdfLines.Line next, float edge) {
        if (line.bold() != next.bold() || OPENS.matcher(next.text()).find()) {
            return false;
        }
        float room = edge - line.end();
        return next.firstWord() + Math.max(line.space(), 1f) > room + TOLERANCE;
    }
}
