package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.documents.SettlementFigures;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * The documents made from a stored delegation take its settlement through the store's services: the travel orders the
 * advances, and the results report, once the books are closed, what was spent against the estimate (and, reopened, the
 * report goes back to the spending typed by hand). Read back from the PDFs. Set -Dreport.pdf=DIR to keep the report.
 */
class SettlementDocumentsTest {
    @TempDir
    Path dataDir;

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    @Test
    void closedBooksPutTheSettlementsSpendingInTheResultsReportAndReopenedBooksTakeItOut() throws Exception {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            long id = services.delegations().create(SampleDelegation.create());
            services.budget().saveWorksheet(id, SampleEstimates.pricedWorksheet());
            Delegation delegation = services.delegations().find(id).orElseThrow();
            Estimate estimate = services.budget().estimate(delegation);
            BudgetLine priced = estimate.sections().stream().flatMap(s -> s.lines().stream())
                    .filter(l -> l.priced() && l.amount() > 10_000_000L && !l.key().equals("perDiem")).findFirst().orElseThrow();
            Member first = delegation.members().get(0);
            List<MemberOutcome> outcomes = delegation.members().stream().map(m -> MemberOutcome.went(m.id(), List.of(
                    new CertifiedStay("tỉnh Đắk Lắk", oct(14), oct(16)), new CertifiedStay("tỉnh Lâm Đồng", oct(17), oct(19)))))
                    .toList();
            long paid = priced.amount() - 2_000_000L;
            services.settlement().save(id, new Settlement(oct(30), List.of(new Advance(first.id(), oct(10), "PC-0101", 5_000_000L)),
                    outcomes, List.of(ActualLine.direct(priced.key(), priced.content(), paid,
                            List.of(new Voucher(VoucherKind.INVOICE, "0000123", oct(20), "Công ty TNHH Dịch vụ", paid))))));

            assertThat(services.documents().settlementFigures(id).closedComparison()).as("books open").isEmpty();
            String open = oneSpace(text(services, delegation, DocumentFile.RESULTS_REPORT_PDF));
            assertThat(open).contains("kinh phí thực hiện: ……………… đồng.").doesNotContain("khóa sổ");
            String orders = PdfPages.text(services.documents().render(DocumentFile.TRAVEL_ORDERS_PDF, source(services, delegation)))
                    .get(0);
            assertThat(orders).contains(first.fullName(), "Công tác phí: 5.000.000 đ", "Cộng: 5.000.000 đ");

            services.settlement().close(id);
            EstimateComparison comparison = services.documents().settlementFigures(id).closedComparison().orElseThrow();
            byte[] pdf = services.documents().render(DocumentFile.RESULTS_REPORT_PDF, source(services, delegation));
            keep(pdf);
            String closed = oneSpace(PdfPages.allText(pdf));
            String actual = VietnameseNumbers.format(comparison.actual());
            assertThat(comparison.actual()).as("per diem and the one line paid").isEqualTo(37 * 6 * 300_000L + paid);
            assertThat(closed).contains("kinh phí thực hiện (theo quyết toán đã khóa sổ): " + actual + " đồng (Bằng chữ: "
                    + AmountInWords.of(comparison.actual()) + ")", "chi tiết từng mục như sau:",
                    "Đơn vị tính: đồng; chênh lệch: (-) tiết kiệm, (+) vượt so với dự toán",
                    "STT Nội dung Dự toán Thực hiện Chênh lệch Tỷ lệ", "II Phụ cấp lưu trú 66.600.000 66.600.000 - 0,0%",
                    "Tổng cộng " + VietnameseNumbers.format(comparison.estimated()) + " " + actual + " -"
                            + VietnameseNumbers.format(-comparison.difference()) + " " + percent(comparison));
            // A conference's section by its date and place, its title wrapped under the first line of figures.
            assertThat(closed).contains("IV Hội nghị ngày 14/10/2025 tại tỉnh 28.800.000 - -28.800.000 -100,0% Đắk Lắk",
                    "V Hội nghị ngày 17/10/2025 tại tỉnh 28.800.000 - -28.800.000 -100,0% Lâm Đồng",
                    "III Tiền thuê phòng nghỉ 91.200.000 - -91.200.000 -100,0%");

            services.settlement().reopen(id);
            assertThat(oneSpace(text(services, delegation, DocumentFile.RESULTS_REPORT_PDF))).contains(
                    "kinh phí thực hiện: ……………… đồng.").doesNotContain("khóa sổ");
        }
    }

    private static DocumentSource source(AppServices services, Delegation delegation) {
        SettlementFigures figures = services.documents().settlementFigures(delegation.id());
        return new DocumentSource(delegation, services.documents().settings(delegation.id()), services.budget().estimate(delegation),
                figures);
    }

    private static String text(AppServices services, Delegation delegation, DocumentFile file) {
        return PdfPages.allText(services.documents().render(file, source(services, delegation)));
    }

    /** "-64,7%". */
    private static String percent(EstimateComparison comparison) {
        return comparison.percent().orElseThrow().toPlainString().replace('.', ',') + "%";
    }

    private static String oneSpace(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void keep(byte[] pdf) throws Exception {
        String dir = System.getProperty("report.pdf");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "results-report-closed.pdf"), pdf);
        }
    }
}
