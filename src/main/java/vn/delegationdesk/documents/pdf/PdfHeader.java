package vn.delegationdesk.documents.pdf;

import static vn.delegationdesk.documents.layout.OfficialMeasures.BODY_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.DATE_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.LEFT_SHARE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.MIN_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.MOTTO_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NATION_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NUMBER_SIZE;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.fonts.LineFit;
import vn.delegationdesk.documents.layout.OfficialHeader;

/**
 * The Nghị định 30/2020 header of page 1 as a borderless two-column table. The bodies and the national name
 * with the motto form the first row, each block with its rule under it; the number line and the italic
 * place-and-date line form the second row, so both start at the same height whatever the blocks above hold.
 */
final class PdfHeader {
    /** The line under the issuing body is about a third of its name. */
    static final float BODY_RULE_SHARE = 1f / 3;

    private PdfHeader() {
    }

    static Table of(OfficialHeader header, PdfFonts fonts, float textWidth) {
        float leftWidth = textWidth * LEFT_SHARE;
        float rightWidth = textWidth - leftWidth;
        Table table = new Table(UnitValue.createPercentArray(new float[] {LEFT_SHARE, 1 - LEFT_SHARE}))
                .useAllAvailableWidth().setFixedLayout().setMarginBottom(12);
        table.addCell(bodies(header, fonts, leftWidth));
        table.addCell(nation(fonts));
        table.addCell(cell().setPaddingTop(6).add(PdfStyle.line(header.numberLine(), fonts.regular(), NUMBER_SIZE)));
        LineFit date = LineFit.of(PdfText.nfc(header.placeDateLine()), Face.ITALIC, DATE_SIZE, MIN_SIZE, rightWidth);
        table.addCell(cell().setPaddingTop(6).add(PdfStyle.line(date.text(), fonts.italic(), date.size())));
        return table;
    }

    private static Cell bodies(OfficialHeader header, PdfFonts fonts, float columnWidth) {
        Cell cell = cell();
        if (!isEmpty(header.parentBody())) {
            LineFit parent = LineFit.of(PdfText.nfc(header.parentBody()), Face.REGULAR, BODY_SIZE, MIN_SIZE, columnWidth);
            cell.add(PdfStyle.line(parent.text(), fonts.regular(), parent.size()));
        }
        if (!isEmpty(header.issuingBody())) {
            LineFit name = LineFit.of(PdfText.nfc(header.issuingBody()), Face.BOLD, BODY_SIZE, MIN_SIZE, columnWidth);
            cell.add(PdfStyle.line(name.text(), fonts.bold(), name.size()));
            float nameWidth = Math.min(name.width(Face.BOLD), columnWidth);
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
