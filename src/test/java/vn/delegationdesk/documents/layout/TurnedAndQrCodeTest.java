package vn.delegationdesk.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.documents.docx.DocxDocumentWriter;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.testing.PdfPages;

/**
 * The two blocks the conference desk added to the layout model: a {@link Turned} face keeps its text for previews, text
 * mappings and both writers (upright in Word); a {@link QrCode} prints in the PDF and as its payload in Word.
 */
class TurnedAndQrCodeTest {
    private static final String PAYLOAD = "DD1|hoi-nghi-dak-lak|hoi-nghi-dak-lak-001";

    private static PrintedDocument card() {
        Paragraph name = new Paragraph(List.of(Run.bold("Nguyễn Văn An")), Align.CENTER, 40, false, 0, 0, false);
        return new PrintedDocument("Biển tên", PageSetup.form().withPageNumbers(false), null,
                List.of(new Turned(List.of(name)), name, new QrCode(PAYLOAD, 20)), null);
    }

    @Test
    void turnedTextStaysInThePreviewTextAndInTheMapping() {
        assertThat(card().plainText()).containsSubsequence("Nguyễn Văn An", "Nguyễn Văn An");
        PrintedDocument mapped = card().mapText(text -> text.replace("An", "Anh"));
        assertThat(((Paragraph) ((Turned) mapped.blocks().get(0)).blocks().get(0)).text()).isEqualTo("Nguyễn Văn Anh");
    }

    @Test
    void thePdfPrintsBothFacesOnOnePage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter().write(card(), out);
        List<String> pages = PdfPages.text(out.toByteArray());
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).split("Nguyễn Văn An", -1)).hasSize(3);
    }

    @Test
    void wordLaysTheTurnedFaceUprightAndPrintsThePayload() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxDocumentWriter().write(card(), out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsSubsequence("Nguyễn Văn An", "Nguyễn Văn An", PAYLOAD);
        }
    }

    @Test
    void aQrCodeCarriesSomethingAndNoPageBreakIsTurned() {
        assertThatThrownBy(() -> new QrCode("", 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Turned(List.of(new PageBreak()))).isInstanceOf(IllegalArgumentException.class);
    }
}
