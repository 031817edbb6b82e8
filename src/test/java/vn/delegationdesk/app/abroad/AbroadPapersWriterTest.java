package vn.delegationdesk.app.abroad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.ui.AbroadPapers.Kind;
import vn.delegationdesk.sample.SampleOutbound;
import vn.delegationdesk.testing.PdfPages;

/** The tab's papers for the outbound sample: each written under the name offered, the PDFs and the workbook readable. */
class AbroadPapersWriterTest {
    private final AbroadPapersWriter papers = new AbroadPapersWriter();

    @TempDir
    Path dir;

    private Path write(Kind kind) {
        String name = papers.fileName(kind, SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(),
                SampleOutbound.estimate());
        Path target = dir.resolve(name);
        papers.write(kind, SampleOutbound.delegation(), SampleOutbound.plan(), SampleOutbound.inputs(), SampleOutbound.estimate(),
                target);
        return target;
    }

    @Test
    void theDecisionNamesItsMembersAndTheWorkbookHoldsTheEstimatesTotal() throws IOException {
        Path decision = write(Kind.DECISION);
        assertThat(decision.getFileName().toString()).isEqualTo("Quyet-dinh-cu-doan-ra_Han-Quoc_04-2026.pdf");
        assertThat(PdfPages.allText(Files.readAllBytes(decision))).contains("QUYẾT ĐỊNH")
                .contains(SampleOutbound.delegation().members().get(0).fullName());

        Path workbook = write(Kind.ESTIMATE_WORKBOOK);
        assertThat(workbook.getFileName().toString()).isEqualTo("Du-toan-doan-ra_Han-Quoc_04-2026.xlsx");
        try (Workbook book = WorkbookFactory.create(workbook.toFile())) {
            assertThat(book.getSheetName(0)).isEqualTo("Dự toán đoàn ra");
        }

        for (Kind kind : new Kind[] {Kind.PROPOSAL, Kind.ITINERARY, Kind.ESTIMATE}) {
            assertThat(Files.size(write(kind))).as(kind.name()).isPositive();
        }
    }
}
