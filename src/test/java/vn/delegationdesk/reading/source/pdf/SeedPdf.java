package vn.delegationdesk.reading.source.pdf;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import vn.delegationdesk.documents.fonts.LiberationSerif;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * A seed's text as a PDF with a text layer, written with iText in Liberation Serif on A4 pages: a paragraph per
 * non-blank line (the headings bold: "I. MỤC ĐÍCH, YÊU CẦU" and the lines in capitals), a running header on every page
 * from the second on ({@link #HEADER}) and the page number as a footer ("- 2 -") on every page, which a reader must
 * leave out. With {@code lineForLine} each line is set small enough to stay one line (seed 000 is a PDF's text,
 * broken as it was printed); without, long paragraphs wrap as the page gives (seed 001 is a Word document's text).
 */
public final class SeedPdf {
    /** The running header of the pages from the second on. */
    public static final String HEADER = "Kế hoạch số 12/KH-SVHTT";
    private static final float MARGIN = 56;
    private static final float SIZE = 12;
    private static final Pattern ROMAN_HEADING = Pattern.compile("[IVX]+\\. .*");

    private SeedPdf() {
    }

    /** Writes {@code lines} (blank ones left out) to {@code file}; returns the number of pages. */
    public static int write(Path file, List<String> lines, boolean lineForLine) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toString()));
                Document document = new Document(pdf, PageSize.A4, false)) {
            document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            PdfFont regular = font(Face.REGULAR);
            PdfFont bold = font(Face.BOLD);
            float width = PageSize.A4.getWidth() - 2 * MARGIN;
            for (String raw : lines) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                Face face = heading(line) ? Face.BOLD : Face.REGULAR;
                float size = SIZE;
                if (lineForLine) {
                    size = Math.min(SIZE, 0.97f * width / LiberationSerif.width(line, face, 1));
                }
                document.add(new Paragraph(line).setFont(face == Face.BOLD ? bold : regular).setFontSize(size)
                        .setMargin(0).setMultipliedLeading(1.3f));
            }
            int pages = pdf.getNumberOfPages();
            float middle = PageSize.A4.getWidth() / 2;
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.showTextAligned(new Paragraph(HEADER).setFont(regular).setFontSize(10), middle,
                            PageSize.A4.getHeight() - 30, page, TextAlignment.CENTER, VerticalAlignment.TOP, 0);
                }
                document.showTextAligned(new Paragraph("- " + page + " -").setFont(regular).setFontSize(11), middle, 24, page,
                        TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            }
            return pages;
        }
    }

    private static PdfFont font(Face face) throws IOException {
        return PdfFontFactory.createFont(FontProgramFactory.createFont(LiberationSerif.bytes(face)), PdfEncodings.IDENTITY_H,
                EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** The lines set bold: "I. MỤC ĐÍCH, YÊU CẦU" and every line in capitals ("KẾ HOẠCH"). */
    public static boolean heading(String line) {
        return ROMAN_HEADING.matcher(line).matches()
                || (line.equals(line.toUpperCase(Messages.VIETNAMESE)) && line.chars().anyMatch(Character::isLetter));
    }
}
