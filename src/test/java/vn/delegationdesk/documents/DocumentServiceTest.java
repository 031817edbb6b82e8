package vn.delegationdesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.FakeDocuments;
import vn.delegationdesk.testing.InMemoryDocumentSettingsRepository;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleDocuments;

class DocumentServiceTest {
    @TempDir
    Path dir;

    private final InMemoryDocumentSettingsRepository repository = new InMemoryDocumentSettingsRepository();
    private final DocumentService service = FakeDocuments.service(repository);
    private final Messages messages = new Messages();

    @Test
    void settingsAreTheDefaultsUntilSavedAndForADelegationNotStoredYet() {
        DocumentSettings edited = new DocumentSettings(new IssueNumber("125/QĐ-SVHTT", LocalDate.of(2025, 10, 6)), "",
                List.of(), IssueNumber.DRAFT, null, "", "", 0, List.of());
        assertThat(service.settings(null)).isEqualTo(DocumentSettings.defaults());
        assertThat(service.settings(7L)).isEqualTo(DocumentSettings.defaults());

        service.saveSettings(7, edited);

        assertThat(service.settings(7L)).isEqualTo(edited);
        assertThat(service.settings(8L)).isEqualTo(DocumentSettings.defaults());
    }

    @Test
    void travelOrdersHaveAPagePerMemberOrTheOneMemberAsked() {
        DocumentSource source = SampleDocuments.source();
        String second = source.delegation().members().get(1).id();

        List<String> all = PdfPages.text(service.render(DocumentFile.TRAVEL_ORDERS_PDF, source));
        List<String> one = PdfPages.text(service.render(DocumentFile.TRAVEL_ORDERS_PDF, source, second));

        assertThat(all).hasSize(37);
        assertThat(one).singleElement().asString()
                .contains(FakeDocuments.ascii(source.delegation().members().get(1).fullName()));
    }

    @Test
    void writeAllPutsOneFileNamedLikeTheCommandLineIntoAFolderItCreates() throws Exception {
        Path folder = dir.resolve("van-ban/doan-dak-lak");

        List<Path> written = service.writeAll(List.of(DocumentFile.PLAN_PDF, DocumentFile.DECISION_DOCX,
                DocumentFile.ESTIMATE_PDF), SampleDocuments.source(), folder);

        assertThat(written).containsExactly(folder.resolve("plan.pdf"), folder.resolve("decision.docx"),
                folder.resolve("estimate.pdf"));
        assertThat(PdfPages.allText(Files.readAllBytes(folder.resolve("plan.pdf")))).contains("PLAN To chuc Doan");
        assertThat(Files.readString(folder.resolve("decision.docx"), StandardCharsets.UTF_8)).startsWith("DOCX\nDECISION");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("plan.pdf", "decision.docx",
                    "estimate.pdf");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndSaysWhichFileAndWhyInVietnamese() throws Exception {
        Path target = dir.resolve("plan.pdf");
        Files.writeString(target, "old");
        DocumentService broken = new DocumentService(repository, () -> new DocumentPack(
                Map.of(DocumentKind.PLAN, source -> FakeDocuments.pack().layout(DocumentKind.PLAN, source)),
                Map.of(DocumentFormat.PDF, (document, out) -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new java.io.IOException("disk full");
                })), FakeDocuments::memberOrders);

        assertThatThrownBy(() -> broken.write(DocumentFile.PLAN_PDF, SampleDocuments.source(), target))
                .isInstanceOf(DocumentWriteException.class)
                .satisfies(e -> assertThat(messages.describeFailure(e, " ")).contains("plan.pdf"));
        assertThat(Files.readString(target)).isEqualTo("old");

        Path noFolder = dir.resolve("missing/plan.pdf");
        assertThatThrownBy(() -> service.write(DocumentFile.PLAN_PDF, SampleDocuments.source(), noFolder))
                .isInstanceOf(DocumentWriteException.class)
                .satisfies(e -> assertThat(messages.describeFailure(e, " "))
                        .isEqualTo("Không ghi được tệp plan.pdf (thư mục không tồn tại); tệp cũ (nếu có) vẫn giữ nguyên."));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("plan.pdf");
        }
    }

    @Test
    void aDocumentThePackCannotMakeIsNamed() {
        DocumentService empty = new DocumentService(repository, () -> new DocumentPack(Map.of(), Map.of()),
                FakeDocuments::memberOrders);

        assertThatThrownBy(() -> empty.render(DocumentFile.RESULTS_REPORT_PDF, SampleDocuments.source()))
                .isInstanceOf(DocumentWriteException.class)
                .satisfies(e -> assertThat(messages.describeFailure(e, " ")).isEqualTo(
                        "Không tạo được Báo cáo kết quả (tệp results-report.pdf): phiên bản này chưa có mẫu của văn bản này."));
        assertThat(EnumSet.allOf(DocumentFile.class)).hasSize(9);
    }
}
