package vn.delegationdesk.documents.docx;

import static vn.delegationdesk.documents.layout.OfficialMeasures.BODY_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.DATE_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.LEFT_SHARE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.MIN_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.MOTTO_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NATION_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NUMBER_SIZE;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.delegationdesk.documents.fonts.LiberationSerif;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.fonts.LineFit;
import vn.delegationdesk.documents.layout.OfficialHeader;

/**
 * The Nghị định 30/2020 header as a borderless 2 × 2 table, the same as the PDF's: bodies and national name
 * with their rules in the first row, number line and italic place-and-date line in the second. The rules'
 * lengths come from Liberation Serif's widths, which are Times New Roman's.
 */
final class DocxHeader {
    static final float RULE_HEIGHT = 3;

    private DocxHeader() {
    }

    static void add(XWPFDocument document, OfficialHeader header, int textTwips) {
        int left = Math.round(textTwips * LEFT_SHARE);
        int[] widths = {left, textTwips - left};
        XWPFTable table = DocxTables.create(document, widths, false, 0);
        XWPFTableRow top = DocxTables.row(table);
        top.setCantSplitRow(true);
        bodies(DocxTables.cell(top, widths[0], 1), header, widths[0]);
        nation(DocxTables.cell(top, widths[1], 1), widths[1]);
        XWPFTableRow numbers = DocxTables.row(table);
        numbers.setCantSplitRow(true);
        XWPFParagraph number = DocxTables.cell(numbers, widths[0], 1).getParagraphs().get(0);
        DocxText.line(number, header.numberLine(), NUMBER_SIZE, false, false);
        number.setSpacingBefore(DocxText.twips(6));
        XWPFParagraph date = DocxTables.cell(numbers, widths[1], 1).getParagraphs().get(0);
        LineFit dateFit = LineFit.of(DocxText.nfc(header.placeDateLine()), Face.ITALIC, DATE_SIZE, MIN_SIZE, widths[1] / 20f);
        DocxText.line(date, dateFit.text(), dateFit.size(), false, true);
        date.setSpacingBefore(DocxText.twips(6));
        XWPFParagraph gap = document.createParagraph();
        gap.setSpacingBefore(0);
        gap.setSpacingAfter(0);
        gap.setSpacingBetween(12, LineSpacingRule.EXACT);
        DocxText.markSize(gap, 1);
    }

    private static void bodies(XWPFTableCell cell, OfficialHeader header, int width) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        boolean used = false;
        if (!isEmpty(header.parentBody())) {
            LineFit parent = LineFit.of(DocxText.nfc(header.parentBody()), Face.REGULAR, BODY_SIZE, MIN_SIZE, width / 20f);
            DocxText.line(first, parent.text(), parent.size(), false, false);
            used = true;
        }
        if (!isEmpty(header.issuingBody())) {
            XWPFParagraph name = used ? cell.addParagraph() : first;
            LineFit fit = LineFit.of(DocxText.nfc(header.issuingBody()), Face.BOLD, BODY_SIZE, MIN_SIZE, width / 20f);
            DocxText.line(name, fit.text(), fit.size(), true, false);
            int line = Math.min(DocxText.twips(fit.width(Face.BOLD)), width) / 3;
            DocxText.rule(cell.addParagraph(), width, line, RULE_HEIGHT);
        }
    }

    private static void nation(XWPFTableCell cell, int width) {
        DocxText.line(cell.getParagraphs().get(0), OfficialHeader.NATION, NATION_SIZE, true, false);
        DocxText.line(cell.addParagraph(), OfficialHeader.MOTTO, MOTTO_SIZE, true, false);
        int line = DocxText.twips(LiberationSerif.width(OfficialHeader.MOTTO, Face.BOLD, MOTTO_SIZE));
        DocxText.rule(cell.addParagraph(), width, line, RULE_HEIGHT);
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isBlank();
    }
}
