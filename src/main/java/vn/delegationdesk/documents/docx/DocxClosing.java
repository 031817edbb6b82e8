package vn.delegationdesk.documents.docx;

import static vn.delegationdesk.documents.layout.OfficialMeasures.AUTHORITY_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.LABEL_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.LEFT_SHARE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NOTE_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.RECIPIENTS_LABEL;
import static vn.delegationdesk.documents.layout.OfficialMeasures.RECIPIENT_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.SIGNATURE_SPACE;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.SignatureBlock;

/** "Nơi nhận:" beside the signature block, as one borderless row that Word may not split across pages. */
final class DocxClosing {

    private DocxClosing() {
    }

    static void add(XWPFDocument document, Closing closing, int textTwips) {
        XWPFParagraph gap = document.createParagraph();
        gap.setSpacingBefore(0);
        gap.setSpacingAfter(0);
        gap.setSpacingBetween(12, LineSpacingRule.EXACT);
        gap.setKeepNext(true);
        DocxText.markSize(gap, 1);
        int left = Math.round(textTwips * LEFT_SHARE);
        int[] widths = {left, textTwips - left};
        XWPFTable table = DocxTables.create(document, widths, false, 0);
        XWPFTableRow row = DocxTables.row(table);
        row.setCantSplitRow(true);
        recipients(DocxTables.cell(row, widths[0], 1), closing);
        signature(DocxTables.cell(row, widths[1], 1), closing.signature());
    }

    private static void recipients(XWPFTableCell cell, Closing closing) {
        if (closing.recipients().isEmpty()) {
            return;
        }
        XWPFParagraph label = cell.getParagraphs().get(0);
        left(label);
        DocxText.run(label, RECIPIENTS_LABEL, LABEL_SIZE, true, true);
        for (String item : closing.recipients()) {
            XWPFParagraph paragraph = cell.addParagraph();
            left(paragraph);
            DocxText.run(paragraph, item, RECIPIENT_SIZE, false, false);
        }
    }

    private static void signature(XWPFTableCell cell, SignatureBlock signature) {
        XWPFParagraph next = cell.getParagraphs().get(0);
        for (String line : signature.authorityLines()) {
            DocxText.line(next, line, AUTHORITY_SIZE, true, false);
            next = cell.addParagraph();
        }
        if (!signature.note().isBlank()) {
            DocxText.line(next, signature.note(), NOTE_SIZE, false, true);
            next = cell.addParagraph();
        }
        next.setSpacingBefore(0);
        next.setSpacingAfter(0);
        next.setSpacingBetween(SIGNATURE_SPACE, LineSpacingRule.EXACT);
        DocxText.markSize(next, 1);
        if (!signature.name().isBlank()) {
            DocxText.line(cell.addParagraph(), signature.name(), AUTHORITY_SIZE, true, false);
        }
    }

    private static void left(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        DocxText.spacing(paragraph, 0, 0);
    }
}
