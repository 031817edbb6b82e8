package vn.delegationdesk.documents.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Spacer;
import vn.delegationdesk.documents.layout.Table;

/** The model's paragraphs, tables, rules and spacers as Word elements, for one document's page. */
final class DocxBlocks {
    /** 1 cm, the first-line indent of body text. */
    static final int FIRST_LINE_INDENT = 567;
    /** 3 pt of padding inside bordered cells, as in the PDF. */
    static final int CELL_MARGIN = 60;
    static final String SHADE = "D9D9D9";

    private final XWPFDocument document;
    private final float bodySize;
    private final int textTwips;

    DocxBlocks(XWPFDocument document, float bodySize, int textTwips) {
        this.document = document;
        this.bodySize = bodySize;
        this.textTwips = textTwips;
    }

    XWPFParagraph paragraph(Paragraph model) {
        XWPFParagraph paragraph = document.createParagraph();
        fill(paragraph, model, bodySize);
        return paragraph;
    }

    static void fill(XWPFParagraph paragraph, Paragraph model, float defaultSize) {
        float size = model.fontSize() > 0 ? model.fontSize() : defaultSize;
        paragraph.setAlignment(DocxText.alignment(model.align()));
        DocxText.spacing(paragraph, model.spaceBefore(), model.spaceAfter());
        if (model.firstLineIndent()) {
            paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        }
        if (model.keepWithNext()) {
            paragraph.setKeepNext(true);
        }
        for (Run run : model.runs()) {
            if (run.text().isEmpty()) {
                continue;
            }
            XWPFRun out = DocxText.run(paragraph, run.text(), size, run.bold(), run.italic());
            if (run.underline()) {
                out.setUnderline(UnderlinePatterns.SINGLE);
            }
        }
        // An empty paragraph is as high as its mark: give the mark the paragraph's size.
        DocxText.markSize(paragraph, size);
    }

    void table(Table model) {
        int columns = model.columnWidths().size();
        int[] widths = columnTwips(model.columnWidths(), textTwips);
        XWPFTable table = DocxTables.create(document, widths, model.borders(), model.borders() ? CELL_MARGIN : 0);
        float size = model.fontSize() > 0 ? model.fontSize() : bodySize;
        List<List<DocxTables.Slot>> header = DocxTables.slots(model.headerRows(), columns);
        List<List<DocxTables.Slot>> body = DocxTables.slots(model.rows(), columns);
        for (List<DocxTables.Slot> slots : header) {
            XWPFTableRow row = row(table, slots, widths, size, true);
            row.setRepeatHeader(true);
        }
        for (List<DocxTables.Slot> slots : body) {
            row(table, slots, widths, size, false);
        }
        spaceAfterTable();
    }

    private static XWPFTableRow row(XWPFTable table, List<DocxTables.Slot> slots, int[] widths, float size,
            boolean header) {
        XWPFTableRow row = DocxTables.row(table);
        row.setCantSplitRow(true);
        for (DocxTables.Slot slot : slots) {
            int width = 0;
            for (int c = slot.column(); c < slot.column() + slot.colSpan(); c++) {
                width += widths[c];
            }
            XWPFTableCell cell = DocxTables.cell(row, width, slot.colSpan());
            if (header) {
                cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            }
            if (slot.continued()) {
                DocxTables.verticalMerge(cell, false);
                DocxText.markSize(cell.getParagraphs().get(0), size);
                continue;
            }
            if (slot.cell().rowSpan() > 1) {
                DocxTables.verticalMerge(cell, true);
            }
            if (slot.cell().shaded()) {
                cell.setColor(SHADE);
            }
            List<Paragraph> content = slot.cell().content();
            if (content.isEmpty()) {
                DocxText.spacing(cell.getParagraphs().get(0), 0, 0);
                DocxText.markSize(cell.getParagraphs().get(0), size);
            }
            for (int i = 0; i < content.size(); i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                fill(paragraph, content.get(i), size);
            }
        }
        return row;
    }

    /** Word puts the next paragraph right under a table; the PDF leaves the body spacing. */
    private void spaceAfterTable() {
        XWPFParagraph gap = document.createParagraph();
        gap.setSpacingBefore(0);
        gap.setSpacingAfter(0);
        gap.setSpacingBetween(Paragraph.BODY_SPACING, LineSpacingRule.EXACT);
        DocxText.markSize(gap, 1);
    }

    /** The relative widths as twips summing to {@code total}. */
    static int[] columnTwips(List<Float> relative, int total) {
        float sum = 0;
        for (float width : relative) {
            sum += width;
        }
        int[] out = new int[relative.size()];
        int used = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = i == out.length - 1 ? total - used : Math.round(total * relative.get(i) / sum);
            used += out[i];
        }
        return out;
    }

    void rule(Rule rule) {
        float fraction = Math.max(0, Math.min(1, rule.widthFraction()));
        XWPFParagraph paragraph = document.createParagraph();
        DocxText.rule(paragraph, textTwips, Math.round(textTwips * fraction), 4);
        XWPFParagraph below = document.createParagraph();
        below.setSpacingBefore(0);
        below.setSpacingAfter(0);
        below.setSpacingBetween(2, LineSpacingRule.EXACT);
        DocxText.markSize(below, 1);
    }

    void spacer(Spacer spacer) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(Math.max(1, spacer.points()), LineSpacingRule.EXACT);
        DocxText.markSize(paragraph, 1);
    }

    /** A page break before whatever comes next, when that is not a paragraph that can carry it itself. */
    void pageBreak() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setPageBreak(true);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
        DocxText.markSize(paragraph, 1);
    }
}
