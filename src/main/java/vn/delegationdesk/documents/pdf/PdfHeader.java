package vn.delegationdesk.documents.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import vn.delegationdesk.documents.layout.OfficialHeader;

/**
 * The Nghị định 30/2020 header of page 1 as a borderless two-column table. The bodies and the national name
 * with the motto form the first row, each block with its rule under it; the number line and the italic
 * place-and-date line form the second row, so both start at the same height whatever the blocks above hold.
 */
final class PdfHeader {
    /** Left column share: the bodies and the number; the rest is the national name. */
    static final float LEFT_SHARE = 0.4f;
    static final float BODY_SIZE = 13;
    static final float NATION_SIZE = 12;
    static final float MOTTO_SIZE = 13;
    static final float NUMBER_SIZE = 13;
    static final float DATE_SIZE = 13;
    /** The line under the issuing body is about a third of its name. */
    static final float BODY_RULE_SHARE = 1f / 3;

    private PdfHeader() {
    }

    static Table of(OfficialHeader header, PdfFonts fonts, float textWidth) {
        float leftWidth = textWidth * LEFT_SHARE;
        Table table = new Table(UnitValue.createPercentArray(new float[] {LEFT_SHARE, 1 - LEFT_SHARE}))
                .useAllAvailableWidth().setFixedLayout().setMarginBottom(12);
        table.addCell(bodies(header, fonts, leftWidth));
        table.addCell(nation(fonts));
        table.addCell(cell().setPaddingTop(6).add(PdfStyle.line(header.numberLine(), fonts.regular(), NUMBER_SIZE)));
        table.addCell(cell().setPaddingTop(6).add(PdfStyle.line(header.placeDateLine(), fonts.italic(), DATE_SIZE)));
        return table;
    }

    private static Cell bodies(OfficialHeader header, PdfFonts fonts, float columnWidth) {
        Cell cell = cell();
        if (!isEmpty(header.parentBody())) {
            cell.add(PdfStyle.line(header.parentBody(), fonts.regular(), BODY_SIZE));
        }
        if (!isEmpty(header.issuingBody())) {
            PdfFont bold = fonts.bold();
            cell.add(PdfStyle.line(header.issuingBody(), bold, BODY_SIZE));
            float nameWidth = Math.min(bold.getWidth(PdfText.nfc(header.issuingBody()), BODY_SIZE), columnWidth);
            cell.add(PdfStyle.rule(nameWidth * BODY_RULE_SHARE).setMarginTop(2.5f));
        }
        return cell;
    }

    private static Cell nation(PdfFonts fonts) {
        PdfFont bold = fonts.bold();
        return cell()
                .add(PdfStyle.line(OfficialHeader.NATION, bold, NATION_SIZE))
                .add(PdfStyle.line(OfficialHeader.MOTTO, bold, MOTTO_SIZE))
                .add(PdfStyle.rule(bold.getWidth(OfficialHeader.MOTTO, MOTTO_SIZE)).setMarginTop(2.5f));
    }

    private static Cell cell() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isBlank();
    }
}
