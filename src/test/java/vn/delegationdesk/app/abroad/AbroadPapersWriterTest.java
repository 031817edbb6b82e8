package vn.delegationdesk.app.abroad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.ui.AbroadPapers.Kind;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.IssueNumber;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.sample.SampleOutbound;
import vn.delegationdesk.testing.PdfPages;

/**
 * The tab's papers for the outbound sample: each written under the name offered, the PDFs, Word files and the workbook
 * readable; the Tờ trình's, the decision's and the report's numbers and the spending taken from the delegation's document
 * settings.
 */
class AbroadPapersWriterTest {
    private final AbroadPapersWriter papers = new AbroadPapersWriter();

    @TempDir
    Path dir;

    private Path write(AbroadPapersWriter writer, Kind kind) {
        String name = writer.fileName(kind, SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(),
                SampleOutbound.estimate());
        Path target = dir.resolve(name);
        writer.write(kind, SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(), SampleOutbound.estimate(),
                target);
        return target;
    }

    private static String wordText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    @Test
    void theDecisionNamesItsMembersAndTheWorkbookHoldsTheEstimatesTotal() throws IOException {
        Path decision = write(papers, Kind.DECISION);
        assertThat(decision.getFileName().toString()).isEqualTo("Quyet-dinh-cu-doan-ra_Han-Quoc_04-2026.pdf");
        assertThat(PdfPages.allText(Files.readAllBytes(decision)).replaceAll("\\s+", " ")).contains("QUYẾT ĐỊNH", "Số: /QĐ-SVHTT")
                .contains(SampleOutbound.delegation().members().get(0).fullName());

        Path workbook = write(papers, Kind.ESTIMATE_WORKBOOK);
        assertThat(workbook.getFileName().toString()).isEqualTo("Du-toan-doan-ra_Han-Quoc_04-2026.xlsx");
        try (Workbook book = WorkbookFactory.create(workbook.toFile())) {
            assertThat(book.getSheetName(0)).isEqualTo("Dự toán đoàn ra");
        }

        for (Kind kind : new Kind[] {Kind.PROPOSAL, Kind.ITINERARY, Kind.ESTIMATE, Kind.REPORT}) {
            assertThat(Files.size(write(papers, kind))).as(kind.name()).isPositive();
        }
    }

    @Test
    void eachWordKindIsADocxFileOfItsDocument() throws IOException {
        List<String> names = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind.extension().equals("docx")) {
                Path file = write(papers, kind);
                names.add(file.getFileName().toString());
                assertThat(wordText(file)).as(kind.name()).contains("SỞ VĂN HÓA VÀ THỂ THAO");
            }
        }
        assertThat(names).containsExactly("To-trinh-doan-ra_Han-Quoc_04-2026.docx", "Quyet-dinh-cu-doan-ra_Han-Quoc_04-2026.docx",
                "Lich-trinh-doan-ra_Han-Quoc_04-2026.docx", "Du-toan-doan-ra_Han-Quoc_04-2026.docx",
                "Bao-cao-ket-qua-doan-ra_Han-Quoc_04-2026.docx");
    }

    @Test
    void theProposalTheDecisionAndTheReportAreNumberedFromTheDelegationsDocumentSettings() throws IOException {
        List<Long> asked = new ArrayList<>();
        DocumentSettings settings = DocumentSettings.defaults().withDecision(new IssueNumber("41", LocalDate.of(2026, 3, 20)))
                .withResultsReport(new IssueNumber("58/BC-SVHTT", LocalDate.of(2026, 4, 20))).withActualSpending(170_000_000L)
                .withOutboundProposal(new IssueNumber("12/TTr-SVHTT", LocalDate.of(2026, 3, 2)));
        AbroadPapersWriter numbered = new AbroadPapersWriter(id -> {
            asked.add(id);
            return settings;
        });

        String decision = PdfPages.allText(Files.readAllBytes(write(numbered, Kind.DECISION))).replaceAll("\\s+", " ");
        assertThat(decision).contains("Số: 41/QĐ-SVHTT", "Hà Nội, ngày 20 tháng 3 năm 2026");
        String word = wordText(write(numbered, Kind.DECISION_WORD));
        assertThat(word).contains("Số: 41/QĐ-SVHTT");

        String itinerary = PdfPages.allText(Files.readAllBytes(write(numbered, Kind.ITINERARY))).replaceAll("\\s+", " ");
        assertThat(itinerary).contains("(Kèm theo Quyết định số 41/QĐ-SVHTT ngày 20/03/2026");

        String report = wordText(write(numbered, Kind.REPORT_WORD)).replaceAll("\\s+", " ");
        assertThat(report).contains("Số: 58/BC-SVHTT", "Thực hiện Quyết định số 41/QĐ-SVHTT ngày 20/03/2026",
                "2. Kinh phí thực hiện: 170.000.000 đồng", "tiết kiệm "
                        + VietnameseNumbers.format(SampleOutbound.estimate().total() - 170_000_000L) + " đồng so với dự toán");

        String proposal = PdfPages.allText(Files.readAllBytes(write(numbered, Kind.PROPOSAL))).replaceAll("\\s+", " ");
        assertThat(proposal).contains("Số: 12/TTr-SVHTT", "Hà Nội, ngày 02 tháng 3 năm 2026");
        assertThat(PdfPages.allText(Files.readAllBytes(write(papers, Kind.PROPOSAL))).replaceAll("\\s+", " "))
                .as("not numbered yet").contains("Số: /TTr-SVHTT");
        assertThat(asked).isNotEmpty().containsOnly(SampleOutbound.delegation().id());
    }
}
