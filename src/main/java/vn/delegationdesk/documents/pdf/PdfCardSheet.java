package vn.delegationdesk.documents.pdf;

import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import vn.delegationdesk.documents.layout.CardSheet;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.QrCode;

/**
 * A {@link CardSheet} as one iText table of fixed-height cells framed by dashed grey cut lines; the rows are sized so
 * that exactly {@code rows} fit a page, and a card never breaks. A card is a head across its top and, under it, its
 * body at the left beside its QR code. The last page's empty places are left blank, without lines.
 */
final class PdfCardSheet {
    private static final float CUT_LINE = 0.5f;
    private static final DeviceGray CUT_GREY = new DeviceGray(0.55f);
    private static final float PADDING_MM = 4;
    private static final float QR_SHARE_TEXT = 68;
    private static final float BODY_SHARE = 0.92f;

    private PdfCardSheet() {
    }

    static Table of(CardSheet sheet, PdfBlocks blocks, PdfDocument pdf) {
        Table table = new Table(UnitValue.createPercentArray(sheet.columns())).useAllAvailableWidth().setFixedLayout()
                .setMargin(0);
        float height = PdfText.mm(sheet.cardHeightMm());
        int places = sheet.cards().size() + (sheet.columns() - sheet.cards().size() % sheet.columns()) % sheet.columns();
        for (int i = 0; i < places; i++) {
            // iText's height is the content's, inside the padding: the card's outer height is what the sheet says.
            float inside = height - 2 * PdfText.mm(PADDING_MM) - 2 * CUT_LINE;
            Cell cell = new Cell().setHeight(inside).setPadding(PdfText.mm(PADDING_MM)).setKeepTogether(true);
            if (i < sheet.cards().size()) {
                cell.setBorder(new DashedBorder(CUT_GREY, CUT_LINE));
                card(cell, sheet.cards().get(i), sheet.qrSizeMm(), inside, blocks, pdf);
            } else {
                cell.setBorder(Border.NO_BORDER);
            }
            table.addCell(cell);
        }
        return table;
    }

    /** The head at the top of the card; under it the body and the QR code, centred in the height that is left. */
    private static void card(Cell cell, CardSheet.Card card, float qrSizeMm, float inside, PdfBlocks blocks, PdfDocument pdf) {
        float headHeight = 0;
        for (Paragraph p : card.head()) {
            cell.add(blocks.paragraph(p, 0));
            headHeight += p.fontSize() * PdfStyle.LEADING + p.spaceBefore() + p.spaceAfter();
        }
        // What is left under the head, less a margin for a head line a little taller than its leading.
        float left = Math.max(0, (inside - headHeight) * BODY_SHARE);
        boolean qr = !card.qrPayload().isEmpty();
        // The QR code's column takes about a third of a card the width of half an A4 column.
        Table lower = new Table(UnitValue.createPercentArray(qr ? new float[] {QR_SHARE_TEXT, 100 - QR_SHARE_TEXT} : new float[] {1}))
                .useAllAvailableWidth().setFixedLayout().setMargin(0);
        Cell text = new Cell().setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setMinHeight(left);
        for (Paragraph p : card.body()) {
            text.add(blocks.paragraph(p, 0));
        }
        lower.addCell(text);
        if (qr) {
            lower.addCell(new Cell().setBorder(Border.NO_BORDER).setPadding(0).setPaddingLeft(PdfText.mm(2))
                    .setVerticalAlignment(VerticalAlignment.MIDDLE).add(PdfQrCode.of(new QrCode(card.qrPayload(), qrSizeMm), pdf)));
        }
        cell.add(lower);
    }
}
