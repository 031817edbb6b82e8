package vn.delegationdesk.documents.pdf;

import static vn.delegationdesk.documents.layout.OfficialMeasures.FOOTER_SIZE;
import static vn.delegationdesk.documents.layout.OfficialMeasures.PAGE_NUMBER_SIZE;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import vn.delegationdesk.documents.layout.PageSetup;

/**
 * What every page carries outside the text column, drawn as the page ends: the page number centred in the top
 * margin from page 2 on (Nghị định 30/2020: 13-14 pt, upright, none on page 1) and the footer note, small and
 * italic, centred in the bottom margin of every page.
 */
final class PdfPageDecorations extends AbstractPdfDocumentEventHandler {
    private final PageSetup setup;
    private final PdfFonts fonts;
    private final String footerNote;

    PdfPageDecorations(PageSetup setup, PdfFonts fonts, String footerNote) {
        this.setup = setup;
        this.fonts = fonts;
        this.footerNote = footerNote == null || footerNote.isBlank() ? null : PdfText.nfc(footerNote);
        addType(PdfDocumentEvent.END_PAGE);
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfDocumentEvent pageEvent = (PdfDocumentEvent) event;
        PdfPage page = pageEvent.getPage();
        PdfDocument pdf = pageEvent.getDocument();
        int number = pdf.getPageNumber(page);
        boolean numbered = setup.pageNumbers() && number > 1;
        if (!numbered && footerNote == null) {
            return;
        }
        Rectangle box = page.getPageSize();
        float left = box.getLeft() + PdfText.mm(setup.leftMm());
        float right = box.getRight() - PdfText.mm(setup.rightMm());
        float centre = (left + right) / 2;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        if (numbered) {
            float topMargin = PdfText.mm(setup.topMm());
            float baseline = box.getTop() - topMargin / 2 - PAGE_NUMBER_SIZE * 0.35f;
            centred(canvas, fonts.regular(), PAGE_NUMBER_SIZE, String.valueOf(number), centre, baseline);
        }
        if (footerNote != null) {
            footer(canvas, pdf, left, right, box.getBottom() + PdfText.mm(setup.bottomMm()));
        }
        canvas.release();
    }

    private void footer(PdfCanvas canvas, PdfDocument pdf, float left, float right, float marginTop) {
        PdfFont font = fonts.italic();
        float width = font.getWidth(footerNote, FOOTER_SIZE);
        float baseline = marginTop / 2;
        if (width <= right - left) {
            centred(canvas, font, FOOTER_SIZE, footerNote, (left + right) / 2, baseline);
            return;
        }
        // A note longer than a line wraps inside the bottom margin; rare, so the layout engine may pay for it.
        Rectangle area = new Rectangle(left, 2, right - left, marginTop - 4);
        try (Canvas layout = new Canvas(canvas, area)) {
            layout.add(new Paragraph(footerNote).setFont(font).setFontSize(FOOTER_SIZE).setMultipliedLeading(1.0f)
                    .setTextAlignment(TextAlignment.CENTER).setMargin(0));
        }
    }

    private static void centred(PdfCanvas canvas, PdfFont font, float size, String text, float centre, float baseline) {
        float width = font.getWidth(text, size);
        canvas.beginText().setFontAndSize(font, size).moveText(centre - width / 2, baseline).showText(text).endText();
    }
}
