package vn.delegationdesk.reading.source.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF as lines, page by page: PDFBox's stripper sorted by position (top to bottom, left to right
 * within a line), each line's words joined by a space, the line bold when every glyph of it is set in a bold face
 * (the font's name says "Bold", or its descriptor is forced bold or of weight 700 and more). Nothing is written to
 * the stripper's output; the lines are kept per page for {@link PdfSource} to drop the running headers and footers.
 * Counts lines and characters as it goes and stops past {@code maxLines} or {@code maxChars}.
 */
final class PdfLines extends PDFTextStripper {
    /**
     * One line of one page, with where it runs on the page: {@code start} and {@code end} the left and right ends of
     * its text, {@code firstWord} the width of its first word and {@code space} that of a space in its font (points).
     */
    record Line(String text, boolean bold, float start, float end, float firstWord, float space) {
        /** This line joined by {@code next}, which continues it. */
        Line joined(Line next) {
            return new Line(text + " " + next.text, bold && next.bold, start, next.end, firstWord, space);
        }
    }

    /** A limit passed while reading: lines or characters. */
    static final class TooMuch extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean characters;

        TooMuch(boolean characters) {
            super(characters ? "too many characters" : "too many lines", null, false, false);
            this.characters = characters;
        }

        boolean characters() {
            return characters;
        }
    }

    private final long maxLines;
    private final long maxChars;
    private final List<List<Line>> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private List<Line> page = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private boolean lineBold = true;
    private boolean lineHasGlyph;
    private boolean lineStarted;
    private float start;
    private float end;
    private float firstWord;
    private float space;
    private long lines;
    private long characters;

    PdfLines(long maxLines, long maxChars) {
        this.maxLines = maxLines;
        this.maxChars = maxChars;
        setSortByPosition(true);
    }

    /** The lines of each page read so far, in page order. */
    List<List<Line>> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page = new ArrayList<>();
        super.startPage(pdPage);
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
        endLine();
        pages.add(page);
        super.endPage(pdPage);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.append(text);
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float right = last.getXDirAdj() + last.getWidthDirAdj();
            if (!lineStarted) {
                lineStarted = true;
                start = first.getXDirAdj();
                firstWord = firstWordEnd(positions) - start;
                space = first.getWidthOfSpace();
            }
            end = Math.max(end, right);
        }
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode != null && !unicode.isBlank()) {
                lineHasGlyph = true;
                lineBold &= bold(position.getFont());
            }
        }
    }

    /** The right end of the first word: a "word" of the stripper is a whole line when the PDF sets its spaces as glyphs. */
    private static float firstWordEnd(List<TextPosition> positions) {
        float right = positions.get(0).getXDirAdj() + positions.get(0).getWidthDirAdj();
        for (TextPosition position : positions) {
            String unicode = position.getUnicode();
            if (unicode != null && unicode.isBlank()) {
                break;
            }
            right = position.getXDirAdj() + position.getWidthDirAdj();
        }
        return right;
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            page.add(new Line(text, lineBold && lineHasGlyph, start, end, firstWord, space));
            characters += text.length();
            if (++lines > maxLines) {
                throw new TooMuch(false);
            }
            if (characters > maxChars) {
                throw new TooMuch(true);
            }
        }
        line.setLength(0);
        lineBold = true;
        lineHasGlyph = false;
        lineStarted = false;
        end = 0;
    }

    private boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, PdfLines::boldFace);
    }

    private static boolean boldFace(PDFont font) {
        String name = font.getName();
        if (name != null && name.toLowerCase(Locale.ROOT).contains("bold")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 700);
    }
}
