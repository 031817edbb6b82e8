package vn.delegationdesk.documents.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.delegationdesk.documents.DocumentWriter;
import vn.delegationdesk.documents.layout.Block;
import vn.delegationdesk.documents.layout.CardSheet;
import vn.delegationdesk.documents.layout.Closing;
import vn.delegationdesk.documents.layout.KeptTogether;
import vn.delegationdesk.documents.layout.PageBreak;
import vn.delegationdesk.documents.layout.PageSetup;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.QrCode;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Spacer;
import vn.delegationdesk.documents.layout.Table;
import vn.delegationdesk.documents.layout.Turned;

/**
 * Writes a laid-out document as PDF with iText: A4, the margins and body size of its page setup, Liberation
 * Serif embedded (metric-compatible with Times New Roman, which Nghị định 30/2020 names). Stateless: each call
 * makes its own PDF document and fonts, so one writer may serve several threads.
 */
public final class PdfDocumentWriter implements DocumentWriter {
    static final String CREATOR = "Delegation Desk";
    static final String LANGUAGE = "vi-VN";
    /** A turned block's width: the whole column less a hair, as the turned box's rounding must not outgrow the column. */
    private static final float TURNED_WIDTH_PERCENT = 99.5f;

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
            List<Block> flow = document.blocks();
            for (int i = 0; i < flow.size(); ) {
                int end = chainEnd(flow, i);
                if (end == i) {
                    add(layout, pdf, blocks, fonts, flow.get(i));
                } else {
                    // iText keeps one element with the next, not a chain: "II. …" over "1. …" over a list would leave
                    // "II. …" alone at the foot of a page. A chain is laid out as one block kept together.
                    Div chain = new Div().setKeepTogether(true);
                    for (Block block : flow.subList(i, end + 1)) {
                        chain.add(element(pdf, blocks, fonts, block));
                    }
                    chain.setKeepWithNext(keepsWithNext(flow.get(end)));
                    layout.add(chain);
                }
                i = end + 1;
            }
        }
    }

    /**
     * The last block of the chain that starts at {@code first}: blocks each kept with the next, up to the first that is
     * not. A bordered table is never taken into a chain (it may run over pages): a chain before it is kept with its
     * first rows, and its own last rows are kept with the chain after it, by iText.
     */
    private static int chainEnd(List<Block> flow, int first) {
        int end = first;
        while (end + 1 < flow.size() && !isBorderedTable(flow.get(end)) && keepsWithNext(flow.get(end))
                && !(flow.get(end + 1) instanceof PageBreak) && !isBorderedTable(flow.get(end + 1))) {
            end++;
        }
        return end;
    }

    private static boolean keepsWithNext(Block block) {
        return block instanceof Paragraph p && p.keepWithNext() || block instanceof Table t && t.keepWithNext();
    }

    private static boolean isBorderedTable(Block block) {
        return block instanceof Table t && t.borders();
    }

    private static void metadata(PdfDocument pdf, PrintedDocument document) {
        pdf.getDocumentInfo().setTitle(PdfText.nfc(document.title())).setCreator(CREATOR);
        pdf.getCatalog().setLang(new PdfString(LANGUAGE));
        // Viewers show the Vietnamese title in the window bar rather than the file name.
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    }

    private static void add(Document layout, PdfDocument pdf, PdfBlocks blocks, PdfFonts fonts, Block block) {
        if (block instanceof PageBreak) {
            layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        } else {
            layout.add(element(pdf, blocks, fonts, block));
        }
    }

    private static IBlockElement element(PdfDocument pdf, PdfBlocks blocks, PdfFonts fonts, Block block) {
        // Java 17 has no pattern switch: the sealed Block interface keeps this list complete by review.
        if (block instanceof Paragraph p) {
            return blocks.paragraph(p);
        } else if (block instanceof Table t) {
            com.itextpdf.layout.element.Table table = blocks.table(t);
            table.setKeepWithNext(t.keepWithNext());
            return table;
        } else if (block instanceof Closing c) {
            return PdfClosing.of(c, fonts);
        } else if (block instanceof Rule r) {
            return blocks.rule(r);
        } else if (block instanceof Spacer s) {
            return blocks.spacer(s);
        } else if (block instanceof KeptTogether k) {
            Div together = new Div().setKeepTogether(true);
            k.blocks().forEach(inner -> together.add(element(pdf, blocks, fonts, inner)));
            return together;
        } else if (block instanceof Turned t) {
            // Half a circle about the block's own centre: it takes the same room, read from the other side.
            // A turned block is as wide as its content unless told otherwise: the column's width keeps centred text centred.
            Div turned = new Div().setKeepTogether(true).setRotationAngle(Math.PI)
                    .setWidth(UnitValue.createPercentValue(TURNED_WIDTH_PERCENT));
            t.blocks().forEach(inner -> turned.add(element(pdf, blocks, fonts, inner)));
            return turned;
        } else if (block instanceof QrCode q) {
            return PdfQrCode.of(q, pdf);
        } else if (block instanceof CardSheet s) {
            return PdfCardSheet.of(s, blocks, pdf);
        }
        throw new IllegalArgumentException("unknown block " + block.getClass().getName());
    }
}
