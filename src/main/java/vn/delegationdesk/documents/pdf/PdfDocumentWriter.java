package vn.delegationdesk.documents.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.properties.AreaBreakType;
import java.io.IOException;
import java.io.OutputStream;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Spacer;
import vn.delegationdesk.documents.layout.Table;

/**
 * Writes a laid-out document as PDF with iText: A4, the margins and body size of its page setup, Liberation
 * Serif embedded (metric-compatible with Times New Roman, which Nghị định 30/2020 names). Stateless: each call
 * makes its own PDF document and fonts, so one writer may serve several threads.
 */
public final class PdfDocumentWriter implements DocumentWriter {
    static final String CREATOR = "Delegation Desk";
    static final String LANGUAGE = "vi-VN";

    @Override
    public void write(PrintedDocument document, OutputStream out) throws IOException {
        PageSetup setup = document.page();
        PageSize size = setup.landscape() ? PageSize.A4.rotate() : PageSize.A4;
        PdfWriter writer = new PdfWriter(out);
        // The caller owns the stream: closing the PDF must not close it.
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        metadata(pdf, document);
        PdfFonts fonts = new PdfFonts();
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PdfPageDecorations(setup, fonts, document.footerNote()));
        float textWidth = size.getWidth() - PdfText.mm(setup.leftMm()) - PdfText.mm(setup.rightMm());
        try (Document layout = new Document(pdf, size, true)) {
            layout.setMargins(PdfText.mm(setup.topMm()), PdfText.mm(setup.rightMm()), PdfText.mm(setup.bottomMm()),
                    PdfText.mm(setup.leftMm()));
            layout.setFont(fonts.regular()).setFontSize(setup.fontSize());
            if (document.header() != null) {
                layout.add(PdfHeader.of(document.header(), fonts, textWidth));
            }
            PdfBlocks blocks = new PdfBlocks(fonts, setup.fontSize(), textWidth);
            for (Block block : document.blocks()) {
                add(layout, blocks, fonts, block);
            }
        }
    }

    private static void metadata(PdfDocument pdf, PrintedDocument document) {
        pdf.getDocumentInfo().setTitle(PdfText.nfc(document.title())).setCreator(CREATOR);
        pdf.getCatalog().setLang(new PdfString(LANGUAGE));
        // Viewers show the Vietnamese title in the window bar rather than the file name.
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    private static void add(Document layout, PdfBlocks blocks, PdfFonts fonts, Block block) {
        // Java 17 has no pattern switch: the sealed Block interface keeps this list complete by review.
        if (block instanceof Paragraph p) {
            layout.add(blocks.paragraph(p));
        } else if (block instanceof Table t) {
            layout.add(blocks.table(t));
        } else if (block instanceof Closing c) {
            layout.add(PdfClosing.of(c, fonts));
        } else if (block instanceof Rule r) {
            layout.add(blocks.rule(r));
        } else if (block instanceof Spacer s) {
            layout.add(blocks.spacer(s));
        } else if (block instanceof PageBreak) {
            layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        } else {
            throw new IllegalArgumentException("unknown block " + block.getClass().getName());
        }
    }
}
