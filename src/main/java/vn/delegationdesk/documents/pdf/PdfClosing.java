package vn.delegationdesk.documents.pdf;

import static vn.delegationdesk.documents.layout.OfficialMeasures.AUTHORITY_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.LABEL_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.LEFT_SHARE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.NOTE_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.RECIPIENTS_LABEL;
import static vn.delegationdesk.documents.layout.OfficialMeasures.RECIPIENT_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.SIGNATURE_SPACE;

import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.SignatureBlock;

/**
 * "Nơi nhận:" and its list on the left, the signature block on the right, as one borderless table that is
 * never split across pages: a signature must stand on the page of the text's end or move with it.
 */
final class PdfClosing {

    private PdfClosing() {
    }

    static Table of(Closing closing, PdfFonts fonts) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {LEFT_SHARE, 1 - LEFT_SHARE}))
                .useAllAvailableWidth().setFixedLayout().setMarginTop(12);
        table.setKeepTogether(true);
        table.addCell(recipients(closing, fonts));
        table.addCell(signature(closing.signature(), fonts));
        return table;
    }

    private static Cell recipients(Closing closing, PdfFonts fonts) {
        Cell cell = cell();
        if (closing.recipients().isEmpty()) {
            return cell;
        }
        cell.add(new Paragraph(new Text(RECIPIENTS_LABEL)).setFont(fonts.of(true, true)).setFontSize(LABEL_SIZE)
                .setMargin(0).setMultipliedLeading(PdfStyle.TIGHT_LEADING));
        for (String item : closing.recipients()) {
            cell.add(new Paragraph(new Text(PdfText.nfc(item))).setFont(fonts.regular()).setFontSize(RECIPIENT_SIZE)
                    .setMargin(0).setMultipliedLeading(PdfStyle.TIGHT_LEADING).setTextAlignment(TextAlignment.LEFT));
        }
        return cell;
    }

    private static Cell signature(SignatureBlock signature, PdfFonts fonts) {
        Cell cell = cell();
        for (String line : signature.authorityLines()) {
            cell.add(PdfStyle.line(line, fonts.bold(), AUTHORITY_SIZE));
        }
        if (!signature.note().isBlank()) {
            cell.add(PdfStyle.line(signature.note(), fonts.italic(), NOTE_SIZE));
        }
        cell.add(new Div().setHeight(SIGNATURE_SPACE));
        if (!signature.name().isBlank()) {
            cell.add(PdfStyle.line(signature.name(), fonts.bold(), AUTHORITY_SIZE));
        }
        return cell;
    }

    private static Cell cell() {
        return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
    }
}
