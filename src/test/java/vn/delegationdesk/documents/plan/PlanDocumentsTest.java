package vn.delegationdesk.documents.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Ground;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanProgress;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.TaskProgress;
import vn.delegationdesk.plan.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PageRules;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.TestPlans;

/** The plan's documents as printed: the PDFs read back, what a reader sees. */
class PlanDocumentsTest {
    /** The day the report is made: after the year, so the task due 15/10/2025 and still open is overdue. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
    private static final PlanDocumentService SERVICE = new PlanDocumentService(PdfDocumentWriter::new, new Messages(),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private static Delegation sample;
    private static Plan linkedPlan;

    @BeforeAll
    static void linkTheSampleDelegationToTask1() {
        sample = SampleDelegation.create().withId(7L);
        Plan network = TestPlans.network().withId(3L);
        List<PlanActivity> activities = new ArrayList<>(network.activities());
        activities.add(PlanActivity.delegation("a-d1", "k-1", 7L, sample.title()));
        activities.add(new PlanActivity("a-d2", "k-1", ActivityKind.DELEGATION, "Đoàn khảo sát Huế", null, "", "", 0, 1, 99L, ""));
        activities.add(new PlanActivity("a-d3", "k-1", ActivityKind.DELEGATION, "Đoàn khảo sát Đà Lạt", null, "", "", 0, 1, null, ""));
        List<Ground> grounds = List.of(new Ground(GroundKind.IMPLEMENTS, "Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành "
                + "phố Hà Nội về việc thực hiện các sáng kiến gia nhập Mạng lưới các Thành phố Sáng tạo của UNESCO đến năm 2025."),
                new Ground(GroundKind.BASED_ON, "Quyết định số 1655/QĐ-SVHTT ngày 16/12/2024 của Sở Văn hóa và Thể thao Hà Nội"));
        Plan p = network.withActivities(activities);
        linkedPlan = new Plan(p.id(), p.issuingBody(), p.kind(), "102", p.symbol(), LocalDate.of(2025, 1, 15), p.place(), p.title(),
                grounds, p.periodFrom(), p.periodTo(), List.of("Tham dự đầy đủ các hội nghị, diễn đàn Mạng lưới."),
                List.of("Các hoạt động phải bảo đảm thiết thực, hiệu quả, tiết kiệm."), "Nguồn kinh phí các hoạt động của Hà Nội "
                + "tham gia Mạng lưới các Thành phố Sáng tạo của UNESCO.", p.reporting(),
                List.of("Đ/c Giám đốc Sở; (để chỉ đạo)", "Bảo tàng Hà Nội;", "Lưu: VT, QLDSVH (6b)."), p.signer(), p.targets(),
                p.tasks(), p.activities());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theYearsReportSaysOnlineSessionsReachedTheRangeAndWorkshopsDidNot() {
        byte[] pdf = SERVICE.render(TestPlans.network().withId(3L), PlanDocumentKind.REPORT, ReportPeriod.year(2025), Map.of());

        String text = oneLine(PdfPages.allText(pdf));

        assertThat(text).contains("BÁO CÁO").contains("Kết quả thực hiện Kế hoạch số /KH-SVHTT năm 2025")
                .contains("Phiên họp online 20 – 30 cuộc 22 cuộc đạt")
                .contains("Tọa đàm, workshop 3 – 5 cuộc 2 cuộc chưa đạt")
                .contains("Trang chuyên đề 30 – 40 trang 42 trang vượt")
                .contains("(Tạp chí Kiến trúc số 8)");
    }

    @Test
    void everyFigureOfTheTargetsTableIsWhatProgressComputesForTheFirstHalf() {
        Plan plan = TestPlans.network().withId(3L);
        ReportPeriod half = ReportPeriod.firstHalf(2025);
        PlanProgress progress = PlanProgress.of(plan, TODAY, half);

        String text = oneLine(PdfPages.allText(SERVICE.render(plan, PlanDocumentKind.REPORT, half, Map.of())));

        assertThat(progress.targets().get(0).achieved()).isEqualTo(17);
        assertThat(text).contains("Kết quả thực hiện Kế hoạch số /KH-SVHTT 6 tháng đầu năm 2025")
                .contains("(từ ngày 01/01/2025 đến ngày 30/06/2025)")
                .contains("Phiên họp online 20 – 30 cuộc 17 cuộc chưa đạt")
                .contains("Tọa đàm, workshop 3 – 5 cuộc 1 cuộc chưa đạt")
                .contains("Trang chuyên đề 30 – 40 trang 0 trang chưa đạt")
                .contains("+ Phiên họp trực tuyến: 17, các ngày 20/01, 30/01, 09/02,")
                .contains("29/06/2025;").doesNotContain("09/07");
    }

    @Test
    void aLinkedDelegationAppearsUnderItsTaskWithItsDatesAndMembersAndADeletedOneSaysSo() {
        String text = oneLine(PdfPages.allText(SERVICE.render(linkedPlan, PlanDocumentKind.REPORT, ReportPeriod.year(2025),
                Map.of(7L, sample))));

        assertThat(text).contains("+ Đoàn công tác: " + oneLine(sample.title())
                + ", từ ngày 14/10/2025 đến ngày 19/10/2025, 37 người;")
                .contains("+ Đoàn công tác: Đoàn khảo sát Huế (đoàn đã bị xóa khỏi dữ liệu);")
                .contains("+ Đoàn công tác: Đoàn khảo sát Đà Lạt;").doesNotContain("Đà Lạt (đoàn")
                .contains("+ Tọa đàm, workshop: 2 – Tọa đàm thiết kế sáng tạo (20/05/2025, Bảo tàng Hà Nội); "
                        + "Workshop không gian sáng tạo (12/09/2025, Hà Nội).");
        assertThat(text.indexOf("37 người")).isGreaterThan(text.indexOf("1. Tham dự các Hội nghị, diễn đàn Mạng lưới"))
                .isLessThan(text.indexOf("2.1. Biên soạn chuyên đề Tạp chí Kiến trúc"));
    }

    @Test
    void theReportNamesStatusesOverdueTasksAndResultsAndLeavesTheClerksPartsAsLines() {
        Plan plan = linkedPlan.withTasks(List.of(linkedPlan.tasks().get(0).withStatus(TaskStatus.IN_PROGRESS)
                        .withResult("2025", "Tham dự 22 phiên họp trực tuyến của Mạng lưới."), linkedPlan.tasks().get(1)));
        PlanProgress progress = PlanProgress.of(plan, TODAY, ReportPeriod.year(2025));

        String text = oneLine(PdfPages.allText(SERVICE.render(plan, PlanDocumentKind.REPORT, ReportPeriod.year(2025),
                Map.of(7L, sample))));

        assertThat(progress.tasks()).filteredOn(TaskProgress::overdue).extracting(t -> t.task().number())
                .containsExactly("1", "2.1");
        assertThat(text).contains("- Tình trạng: Đang thực hiện (hạn hoàn thành 31/12/2025, quá hạn).")
                .contains("- Kết quả: Tham dự 22 phiên họp trực tuyến của Mạng lưới.")
                .contains("- Tình trạng: Chưa thực hiện (hạn hoàn thành 15/10/2025, quá hạn).")
                .contains("Các nhiệm vụ chậm so với thời hạn (đến ngày 10/01/2026)")
                .contains("- Nhiệm vụ 2.1: Biên soạn chuyên đề Tạp chí Kiến trúc (chủ trì: Phòng Quản lý Di sản văn hóa; "
                        + "hạn hoàn thành 15/10/2025).")
                .contains("III. ĐÁNH GIÁ CHUNG ....").contains("IV. KHÓ KHĂN, VƯỚNG MẮC ....")
                .contains("V. ĐỀ XUẤT, KIẾN NGHỊ ....")
                .contains("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 102/KH-SVHTT năm 2025 của Sở Văn hóa và Thể thao./.")
                .contains("- UBND Thành phố (để báo cáo);").contains("- Lưu: VT, QLDSVH.")
                .contains("GIÁM ĐỐC").contains("Đỗ Đình Hồng");
    }

    @Test
    void theReportsHeaderLeavesItsNumberAndDayBlankUnderTheMonthOfItsDeadline() {
        String firstPage = PdfPages.text(SERVICE.render(linkedPlan, PlanDocumentKind.REPORT, ReportPeriod.firstHalf(2025),
                Map.of())).get(0);

        assertThat(oneLine(firstPage)).contains("Số: /BC-SVHTT").contains("Hà Nội, ngày tháng 6 năm 2025")
                .contains("Kết quả thực hiện Kế hoạch số 102/KH-SVHTT 6 tháng đầu năm 2025")
                .contains("Thực hiện Kế hoạch số 102/KH-SVHTT ngày 15/01/2025 của Sở Văn hóa và Thể thao về tham gia Mạng lưới năm "
                        + "2025, Sở Văn hóa và Thể thao báo cáo kết quả thực hiện 6 tháng đầu năm 2025");
    }

    @Test
    void thePlanPrintsItsHeaderGroundsPartsRegimeAndClosing() {
        String text = oneLine(PdfPages.allText(SERVICE.render(linkedPlan, PlanDocumentKind.PLAN, null, null)));

        assertThat(text).contains("UBND THÀNH PHỐ HÀ NỘI").contains("SỞ VĂN HÓA VÀ THỂ THAO").contains("Số: 102/KH-SVHTT")
                .contains("Hà Nội, ngày 15 tháng 01 năm 2025").contains("KẾ HOẠCH Tham gia Mạng lưới năm 2025")
                .contains("Thực hiện Kế hoạch số 102/KH-UBND ngày 01/4/2022 của UBND thành phố Hà Nội")
                .contains("Căn cứ Quyết định số 1655/QĐ-SVHTT ngày 16/12/2024 của Sở Văn hóa và Thể thao Hà Nội;")
                .contains("Sở Văn hóa và Thể thao xây dựng Kế hoạch tham gia Mạng lưới năm 2025, cụ thể như sau:")
                .contains("I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - Tham dự đầy đủ các hội nghị, diễn đàn Mạng lưới.")
                .contains("II. NHIỆM VỤ 1. Tham dự các Hội nghị, diễn đàn Mạng lưới - Đơn vị chủ trì: Phòng Quản lý Di sản văn hóa. "
                        + "- Đơn vị phối hợp: Bảo tàng Hà Nội, Văn phòng Sở. - Thời gian thực hiện: Trước ngày 31/12/2025. "
                        + "- Chỉ tiêu: Phiên họp online: 20 – 30 cuộc; Tọa đàm, workshop: 3 – 5 cuộc.")
                .contains("III. KINH PHÍ Nguồn kinh phí các hoạt động")
                .contains("IV. TỔ CHỨC THỰC HIỆN 1. Phòng Quản lý Di sản văn hóa - Chủ trì thực hiện các nhiệm vụ 1, 2.1 tại mục II.")
                .contains("2. Bảo tàng Hà Nội - Phối hợp thực hiện nhiệm vụ 1 tại mục II.")
                .contains("V. CHẾ ĐỘ THÔNG TIN, BÁO CÁO Định kỳ báo cáo kết quả thực hiện 06 tháng (trước ngày 20/6); "
                        + "hằng năm (trước ngày 30/11) về UBND Thành phố.")
                .contains("- Đ/c Giám đốc Sở; (để chỉ đạo);").contains("- Lưu: VT, QLDSVH (6b).");
    }

    @Test
    void thePlansAnnexListsTask1WithItsLeadAndCoordinatingUnitsAndTheTargets() {
        List<String> pages = PdfPages.text(SERVICE.render(linkedPlan, PlanDocumentKind.PLAN, null, null));
        String annex = oneLine(pages.get(pages.size() - 1));

        assertThat(annex).contains("Phụ lục DANH MỤC NHIỆM VỤ")
                .contains("(Kèm theo Kế hoạch số 102/KH-SVHTT ngày 15/01/2025 của Sở Văn hóa và Thể thao)")
                .contains("STT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện")
                .contains("CHỈ TIÊU CỦA KẾ HOẠCH").contains("30 – 40 trang");
        assertThat(annex).containsSubsequence("1", "Tham dự các Hội nghị,", "Phòng Quản lý Di", "Bảo tàng Hà Nội,",
                "Văn phòng Sở", "2.1", "Biên soạn chuyên đề");
    }

    @Test
    void aPlanWithoutNumberPrintsRoomForItAsTheSeedsDo() {
        String firstPage = oneLine(PdfPages.text(SERVICE.render(TestPlans.network(), PlanDocumentKind.PLAN, null, null)).get(0));

        assertThat(firstPage).contains("Số: /KH-SVHTT").contains("Hà Nội, ngày tháng năm");
        assertThat(PlanDocumentService.fileName(TestPlans.network().withId(3L), PlanDocumentKind.REPORT,
                ReportPeriod.parse("2025-Q3").orElseThrow())).isEqualTo("plan-3-report-2025-Q3.pdf");
        assertThat(PlanWording.period(ReportPeriod.parse("2025-Q3").orElseThrow())).isEqualTo("quý III năm 2025");
        assertThat(PlanWording.period(ReportPeriod.parse("2025-H2").orElseThrow())).isEqualTo("6 tháng cuối năm 2025");
    }

    @Test
    void laidOutTheReportsTaskLinesCountWhatProgressCounts() {
        PlanDocumentService service = SERVICE;
        ReportPeriod year = ReportPeriod.year(2025);
        String text = service.layout(linkedPlan, PlanDocumentKind.REPORT, year, Map.of(7L, sample)).plainText();
        PlanProgress progress = PlanProgress.of(linkedPlan, TODAY, year);
        List<PlanActivity> listed = linkedPlan.activities().stream().filter(a -> PlanReportBuilder.inPeriod(a, year)).toList();

        assertThat(listed).hasSize(progress.tasks().stream().mapToInt(TaskProgress::activities).sum());
        assertThat(text).contains("+ Phiên họp trực tuyến: 22, các ngày").contains("- Hoạt động trong kỳ: chưa có hoạt động");
        assertThat(PlanTask.of("x", "1", "a", "", List.of(), null, null, List.of()).number()).isEqualTo("1");
    }

    @Test
    void everyPageOfBothDocumentsKeepsThePageRulesForTheNetworkAndASeed003ShapedPlan() {
        List<String> problems = new ArrayList<>();
        for (Plan plan : List.of(linkedPlan, CaoBangPlan.create().withId(5L))) {
            for (PlanDocumentKind kind : PlanDocumentKind.values()) {
                ReportPeriod period = ReportPeriod.year(plan.periodFrom().getYear());
                PrintedDocument model = SERVICE.layout(plan, kind, period, Map.of(7L, sample));
                PageRules.problems(model, SERVICE.render(plan, kind, period, Map.of(7L, sample)))
                        .forEach(p -> problems.add(plan.title() + " " + kind + ": " + p));
            }
        }

        assertThat(problems).isEmpty();
    }
}
