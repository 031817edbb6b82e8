package vn.delegationdesk.documents.docx;

import java.math.BigInteger;
import java.text.Normalizer;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import vn.delegationdesk.documents.layout.Align;

/**
 * Word's units and the small pieces every part of a .docx is made of: runs in Times New Roman, tight centred
 * lines, and short rules drawn as a paragraph's bottom border between its indents.
 */
final class DocxText {
    /**
     * The font of every run. Nghị định 30/2020 names Times New Roman and Word on the staff machines has it;
     * the PDF embeds Liberation Serif, which has the same metrics, so lines break alike.
     */
    static final String FONT = "Times New Roman";
    /** Twips (1/20 pt) in a millimetre. */
    static final double TWIPS_PER_MM = 1440 / 25.4;
    /** Word's "single" spacing for Times New Roman is about 1.15 of the size, as the PDF's 1.2 leading. */
    static final double LINE_SPACING = 1.0;
    /** A rule's thickness in eighths of a point (0.75 pt), as drawn lines in official documents. */
    static final int RULE_EIGHTHS = 6;

    private DocxText() {
    }

    static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    static int mmToTwips(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static ParagraphAlignment alignment(Align align) {
        switch (align) {
            case CENTER:
                return ParagraphAlignment.CENTER;
            case RIGHT:
                return ParagraphAlignment.RIGHT;
            case JUSTIFIED:
                return ParagraphAlignment.BOTH;
            default:
                return ParagraphAlignment.LEFT;
        }
    }

    /** A run of {@code text} in the document font; line breaks in the text become Word line breaks. */
    static XWPFRun run(XWPFParagraph paragraph, String text, float size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        // Properties in the schema's usual order (fonts, bold, italic, size): some readers are strict about it.
        run.setFontFamily(FONT);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        String[] lines = nfc(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** A paragraph's spacing: before and after in points, lines at Word's single spacing. */
    static void spacing(XWPFParagraph paragraph, float before, float after) {
        paragraph.setSpacingBefore(twips(before));
        paragraph.setSpacingAfter(twips(after));
        paragraph.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
    }

    /** One centred line of one style with no space around it: header, signature. */
    static void line(XWPFParagraph paragraph, String text, float size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        spacing(paragraph, 0, 0);
        run(paragraph, text, size, bold, italic);
    }

    /**
     * Makes {@code paragraph} an empty, {@code height}-point-high line whose bottom border is the rule: Word
     * draws it between the indents, so indenting both sides by half the spare room centres a short line.
     */
    static void rule(XWPFParagraph paragraph, int columnTwips, int lineTwips, float height) {
        int indent = Math.max(0, (columnTwips - lineTwips) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(height, LineSpacingRule.EXACT);
        CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTBorder bottom = pPr.addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(RULE_EIGHTHS));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
        markSize(paragraph, Math.max(1, height));
    }

    /** The size of the paragraph mark, which sets the height of an empty paragraph. */
    static void markSize(XWPFParagraph paragraph, float size) {
        CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTParaRPr rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
        rPr.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
    }
}
