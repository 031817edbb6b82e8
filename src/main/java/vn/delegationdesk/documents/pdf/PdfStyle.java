package vn.delegationdesk.documents.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import vn.delegationdesk.documents.layout.Align;

/** Shared measures of the printed page: line spacing, rules, cell padding; and the model's alignment in iText terms. */
final class PdfStyle {
    /** Line height as a multiple of the font size: close to Word's "single" for Times New Roman (1.15). */
    static final float LEADING = 1.2f;
    /** The header, the signature and the "Nơi nhận" list are set tighter than body text. */
    static final float TIGHT_LEADING = 1.1f;
    /** Thickness of the short rules under the issuing body, the motto and the trích yếu. */
    static final float RULE_WIDTH = 0.6f;
    static final float TABLE_BORDER = 0.5f;
    static final float CELL_PADDING = 3f;
    /** 1 cm, the first-line indent of body text. */
    static final float FIRST_LINE_INDENT = 28.35f;

    private PdfStyle() {
    }

    static TextAlignment alignment(Align align) {
        switch (align) {
            case CENTER:
                return TextAlignment.CENTER;
            case RIGHT:
                return TextAlignment.RIGHT;
            case JUSTIFIED:
                return TextAlignment.JUSTIFIED;
            default:
                return TextAlignment.LEFT;
        }
    }

    /** A centred solid line {@code width} points wide. */
    static LineSeparator rule(float width) {
        SolidLine line = new SolidLine(RULE_WIDTH);
        line.setColor(ColorConstants.BLACK);
        LineSeparator separator = new LineSeparator(line);
        separator.setWidth(UnitValue.createPointValue(width));
        separator.setHorizontalAlignment(HorizontalAlignment.CENTER);
        return separator;
    }

    /** One line of one style, centred, set tight: the header's and signature's lines. */
    static Paragraph line(String text, PdfFont font, float size) {
        return new Paragraph(new Text(PdfText.nfc(text))).setFont(font).setFontSize(size).setMargin(0)
                .setMultipliedLeading(TIGHT_LEADING).setTextAlignment(TextAlignment.CENTER);
    }
}
