package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.LineOrigin;
import vn.delegationdesk.budget.RateBook;
import vn.delegationdesk.budget.SectionKind;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.SmallDelegation;

/** The closing ("Bằng chữ", "Nơi nhận", the signatures) is never on a page of its own: the last lines go with it. */
class ClosingPlacementPdfTest {
    private final DocumentPack pack = StandardDocuments.pack();
    private final Delegation small = SmallDelegation.create();

    @Test
    void anEstimateOfAFewLinesKeepsItsLastLineAndTotalWithTheWordsAndSignatures() {
        for (int lines = 4; lines <= 12; lines++) {
            Estimate estimate = estimate(lines);
            List<String> pages = pages(DocumentFile.ESTIMATE_PDF, new DocumentSource(small, DocumentSettings.defaults(), estimate));
            String last = pages.get(pages.size() - 1);
            assertThat(last).as("%d lines, last of %d pages", lines, pages.size())
                    .contains("Khoản chi thứ " + lines + " ", "TỔNG CỘNG", "Bằng chữ", "Đinh Thị Thu Hà");
        }
    }

    @Test
    void aTwelvePersonMemberListKeepsItsLastRoomsWithTheSignature() {
        List<String> pages = pages(DocumentFile.MEMBER_LIST_PDF, source(small));
        String last = pages.get(pages.size() - 1);

        assertThat(last).contains("GIÁM ĐỐC", "Đinh Thị Thu Hà")
                .contains(small.members().get(small.members().size() - 1).fullName());
    }

    @Test
    void theDecisionKeepsItsLastArticleWithTheClosing() {
        List<String> pages = pages(DocumentFile.DECISION_PDF, source(small));
        String signed = pages.stream().filter(p -> p.contains("Nơi nhận:")).findFirst().orElseThrow();

        assertThat(signed).contains("Điều 4.", "Đinh Thị Thu Hà");
    }

    private List<String> pages(DocumentFile file, DocumentSource source) {
        return PdfPages.text(pack.render(file, source)).stream().map(p -> p.replaceAll("\\s+", " ")).toList();
    }

    private static DocumentSource source(Delegation d) {
        return new DocumentSource(d, DocumentSettings.defaults(),
                EstimateCalculator.compute(d, SampleEstimates.pricedWorksheet(), BuiltInRateSets.all()));
    }

    /** An estimate of {@code count} priced lines in two sections, each with a basis long enough to take two lines. */
    private static Estimate estimate(int count) {
        List<BudgetLine> first = new ArrayList<>();
        List<BudgetLine> second = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            BudgetLine line = new BudgetLine("l" + i, LineOrigin.MANUAL, "Khoản chi thứ " + i + " của đoàn", "lần", 2, 1,
                    1_000_000L * i, "Theo báo giá của đơn vị cung cấp dịch vụ, quy chế chi tiêu nội bộ", Set.of());
            (i <= count / 2 ? first : second).add(line);
        }
        return new Estimate("Đoàn đi học tập kinh nghiệm tại thành phố Huế", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5),
                RateBook.none(), List.of(
                        new EstimateSection("a", "I", SectionKind.TRAVEL, "Chi phí đi lại", first),
                        new EstimateSection("b", "II", SectionKind.OTHER, "Chi khác", second)), List.of());
    }
}
