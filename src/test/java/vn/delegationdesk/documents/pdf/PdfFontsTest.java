package vn.delegationdesk.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.testing.LayoutSamples;

/** Every font of a written PDF is an embedded Liberation Serif face, so the document prints alike everywhere. */
class PdfFontsTest {
    @Test
    void everyFontIsAnEmbeddedLiberationSerifFace() throws IOException {
        Set<String> faces = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(PdfDocumentWriterTest.write(LayoutSamples.official()))) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("font name").contains("LiberationSerif");
                    // Subset fonts are named "ABCDEF+LiberationSerif-Bold".
                    faces.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
        }
        assertThat(faces).containsExactlyInAnyOrder("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                "LiberationSerif-BoldItalic");
    }
}
