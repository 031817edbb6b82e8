package vn.delegationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.platform.i18n.TextFolding;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;

/**
 * Sample-data and verification notes stay on screen and never reach paper: the sample's "Dữ liệu mẫu" member
 * notes, its "Tên đơn vị là dữ liệu mẫu." and the rate sets' "(… chưa xác minh)" bases are in the domain, and no
 * document of the pack, PDF or Word, prints them.
 */
class WorkingNotesTest {
    @Test
    void aNoteIsRemovedWithItsBracketOrSentenceAndTheRestReads() {
        assertThat(WorkingNotes.remove("TT 40/2017 Đ12 k4 (TT 12/2025 có sửa đổi hay không: chưa xác minh)"))
                .isEqualTo("TT 40/2017 Đ12 k4");
        assertThat(WorkingNotes.remove("14 người (mỗi đơn vị 01 người). Tên đơn vị là dữ liệu mẫu."))
                .isEqualTo("14 người (mỗi đơn vị 01 người).");
        assertThat(WorkingNotes.remove("Dữ liệu mẫu")).isEmpty();
        assertThat(WorkingNotes.remove("Dữ liệu mẫu; Trưởng đoàn")).isEqualTo("Trưởng đoàn");
        assertThat(WorkingNotes.remove("Trưởng đoàn; dữ liệu mẫu.")).isEqualTo("Trưởng đoàn.");
        assertThat(WorkingNotes.remove("Giá 300.000 đồng. Mức chưa xác minh.")).isEqualTo("Giá 300.000 đồng.");
        assertThat(WorkingNotes.remove("Mẫu số: C16-HD")).isEqualTo("Mẫu số: C16-HD");
    }

    @Test
    void noDocumentOfTheSamplePackPrintsASampleOrVerificationNote() throws IOException {
        DocumentPack pack = StandardDocuments.pack();
        DocumentSource source = SampleDocuments.source();
        assertThat(source.delegation().members().get(0).notes()).as("the domain keeps the note for the screen")
                .isEqualTo("Dữ liệu mẫu");
        assertThat(source.estimate().sections().stream().flatMap(s -> s.lines().stream())
                .anyMatch(l -> WorkingNotes.isNote(l.basis()))).as("the estimate keeps its unverified basis").isTrue();
        for (DocumentFile file : DocumentFile.values()) {
            byte[] bytes = pack.render(file, source);
            String text = file.format() == DocumentFormat.PDF ? PdfPages.allText(bytes) : docxText(bytes);
            assertThat(TextFolding.fold(text)).as(file.fileName()).doesNotContain(WorkingNotes.MARKERS);
        }
    }

    private static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }
}
