package vn.delegationdesk.documents.fonts;

import java.util.List;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;

/**
 * How a header line fits its column: at its size if it can, a point smaller if that makes it fit (Nghị định
 * 30/2020 allows 12-13 pt), else in two lines broken at the space nearest the middle, so that a long body's
 * name reads "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI" rather than leaving its last word alone on a line.
 */
public record LineFit(float size, List<String> lines) {
    /** Words a second line of an agency's name naturally starts with. */
    private static final List<String> NATURAL_STARTS = List.of("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ",
            "PHƯỜNG", "VÀ", "tỉnh", "thành phố", "ngày");
    public LineFit {
        lines = List.copyOf(lines);
    }

    /** {@code text} in {@code face} within {@code width} points, at {@code size} or down to {@code minSize}. */
    public static LineFit of(String text, Face face, float size, float minSize, float width) {
        if (LiberationSerif.width(text, face, size) <= width) {
            return new LineFit(size, List.of(text));
        }
        if (LiberationSerif.width(text, face, minSize) <= width) {
            return new LineFit(minSize, List.of(text));
        }
        int best = -1;
        float bestLonger = Float.MAX_VALUE;
        boolean bestNatural = false;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            String head = text.substring(0, i).strip();
            String tail = text.substring(i + 1).strip();
            float longer = Math.max(LiberationSerif.width(head, face, size), LiberationSerif.width(tail, face, size));
            // A break before the place ("TỈNH LÀO CAI") or "VÀ", or after a comma, reads as the name's own
            // phrasing; it wins over a more even one as long as both lines fit.
            boolean natural = longer <= width && isNaturalBreak(head, tail);
            if (natural && !bestNatural || natural == bestNatural && longer < bestLonger) {
                bestLonger = longer;
                best = i;
                bestNatural = natural;
            }
        }
        if (best < 0) {
            return new LineFit(size, List.of(text));
        }
        return new LineFit(size, List.of(text.substring(0, best).strip(), text.substring(best + 1).strip()));
    }

    private static boolean isNaturalBreak(String head, String tail) {
        if (head.endsWith(",")) {
            return true;
        }
        for (String word : NATURAL_STARTS) {
            if (tail.startsWith(word + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The lines joined with line breaks, as one paragraph's text. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The width in points of the longest line. */
    public float width(Face face) {
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, LiberationSerif.width(line, face, size));
        }
        return widest;
    }
}
