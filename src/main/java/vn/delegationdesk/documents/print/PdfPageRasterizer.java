package vn.delegationdesk.documents.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.delegationdesk.documents.ui.PageRasterizer;
import vn.delegationdesk.documents.ui.PreviewPage;

/**
 * Draws a PDF page with PDFBox at screen resolution. Only one page at a time: 37 travel orders at 96 dpi would
 * hold about 100 MB of pixels.
 */
public final class PdfPageRasterizer implements PageRasterizer {
    /** Sharp enough on a laptop screen; an A4 page is then 794 × 1123 pixels. */
    public static final float DPI = 96;

    private final float dpi;

    public PdfPageRasterizer() {
        this(DPI);
    }

    public PdfPageRasterizer(float dpi) {
        this.dpi = dpi;
    }

    @Override
    public PreviewPage render(byte[] pdf, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new IOException("the PDF has no page");
            }
            int shown = Math.max(0, Math.min(index, count - 1));
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(shown, dpi, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
            return new PreviewPage(shown, count, width, height, argb);
        }
    }
}
