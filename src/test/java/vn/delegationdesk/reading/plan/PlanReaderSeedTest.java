package vn.delegationdesk.reading.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.GroundKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.PlanValidator;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.source.pdf.PdfSource;
import vn.delegationdesk.reading.source.pdf.SeedPdf;
import vn.delegationdesk.sample.SamplePlan;

/** The four plan seeds read as plain text, asserted from a reading of each seed by hand. */
class PlanReaderSeedTest {
    private static final String VHTTDL = "Sở Văn hóa, Thể thao và Du lịch";
    private static final String COMMUNES = "UBND các xã, phường";
    private final PlanReader reader = new PlanReader();
    private final Messages messages = new Messages();

    private static PlanTask task(Plan plan, String number) {
        return plan.tasks().stream().filter(t -> t.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + number + " in " + plan.tasks().stream().map(PlanTask::number).toList()));
    }

    private static List<String> numbers(Plan plan) {
        return plan.tasks().stream().map(PlanTask::number).toList();
    }

    /** "min–max unit" of each target of {@code task}, in the task's order. */
    private static List<String> targetsOf(Plan plan, PlanTask task, Function<Target, String> shown) {
        return task.targetIds().stream().map(id -> shown.apply(plan.target(id).orElseThrow())).toList();
    }

    /** The same, in one order: the hand-built sample lists a task's targets in its own order, the reader in the text's. */
    private static List<String> sortedTargetsOf(Plan plan, PlanTask task, Function<Target, String> shown) {
        return targetsOf(plan, task, shown).stream().sorted().toList();
    }

    private static String range(Target t) {
        return t.min() + "–" + t.max() + " " + t.unit();
    }

    private List<String> gapTexts(PlanDraft draft) {
        return draft.gaps().stream().map(g -> messages.get(g.messageKey(), g.arguments().toArray())).toList();
    }

    private static boolean unplacedStartsWith(PlanDraft draft, String start) {
        return draft.unplaced().stream().anyMatch(u -> u.text().strip().startsWith(start));
    }

    @Test
    void seed002ReadsAsTheHandBuiltSamplePlanInItsTasksTargetsAndSigner() {
        PlanDraft draft = reader.read(SeedText.seed("002"));
        Plan plan = draft.plan();
        Plan sample = SamplePlan.create();

        assertEquals(sample.title(), plan.title());
        assertEquals(PlanKind.ANNUAL_PLAN, plan.kind());
        assertEquals(LocalDate.of(2025, 1, 1), plan.periodFrom());
        assertEquals(LocalDate.of(2025, 12, 31), plan.periodTo());
        assertEquals(sample.grounds(), plan.grounds());
        assertEquals(sample.purposes(), plan.purposes());
        assertEquals(sample.requirements(), plan.requirements());
        assertEquals(sample.funding(), plan.funding());
        assertEquals(sample.recipients(), plan.recipients());
        assertEquals(new Signer("", "", "GIÁM ĐỐC", "Đỗ Đình Hồng"), plan.signer());

        assertEquals(numbers(sample), numbers(plan), "tasks 1, 2.1, 2.2, 2.3, 3; heading 2 groups 2.1–2.3");
        for (PlanTask expected : sample.tasks()) {
            PlanTask read = task(plan, expected.number());
            assertEquals(expected.id(), read.id());
            assertEquals(expected.leadUnit(), read.leadUnit(), "lead unit of " + expected.number());
            assertEquals(expected.coordinatingUnits(), read.coordinatingUnits(), "coordinating units of " + expected.number());
            assertEquals(sortedTargetsOf(sample, expected, PlanReaderSeedTest::range),
                    sortedTargetsOf(plan, read, PlanReaderSeedTest::range), "targets of " + expected.number());
            assertEquals(sortedTargetsOf(sample, expected, t -> t.unit() + " " + t.countedKind()),
                    sortedTargetsOf(plan, read, t -> t.unit() + " " + t.countedKind()), "what counts the targets of " + expected.number());
        }
        assertEquals(List.of("20–30 cuộc", "2–3 clip", "3–5 cuộc"), targetsOf(plan, task(plan, "1"), PlanReaderSeedTest::range));
        assertEquals(ActivityKind.ONLINE_SESSION, plan.target(task(plan, "1").targetIds().get(0)).orElseThrow().countedKind());
        assertEquals(List.of("30–40 trang"), targetsOf(plan, task(plan, "2.1"), PlanReaderSeedTest::range));
        assertTrue(task(plan, "1").content().startsWith("Tham dự các Hội nghị, diễn đàn Mạng lưới trong khu vực Đông Nam Á, châu Á"),
                task(plan, "1").content());

        assertEquals("Sở Văn hóa và Thể thao Hà Nội", plan.issuingBody().name(), "the seed has no header: taken from its opening");
        List<String> gaps = gapTexts(draft);
        assertTrue(gaps.contains("Cơ quan ban hành: lấy từ câu dẫn \"Sở Văn hóa và Thể thao Hà Nội\", văn bản không có phần đầu; "
                + "cần nhập cơ quan cấp trên và kiểm tra tên cơ quan."), gaps.toString());
        assertTrue(gaps.contains("Số và ký hiệu: không thấy dòng \"Số: …/KH-…\"; cần nhập."), gaps.toString());
        assertTrue(gaps.contains("Nhiệm vụ 2.1: văn bản ghi nhiều đơn vị thực hiện (Phòng Quản lý Di sản văn hóa; Tạp chí Kiến trúc "
                + "(Hội Kiến trúc sư Việt Nam)); đã lấy \"Phòng Quản lý Di sản văn hóa\" làm đơn vị chủ trì, các đơn vị còn lại làm "
                + "đơn vị phối hợp; cần kiểm tra."), gaps.toString());
        assertTrue(draft.fieldsToComplete().containsAll(List.of("issuingBody.parentBody", "symbol", "place")),
                draft.fieldsToComplete().toString());

        assertTrue(plan.reporting().isEmpty(), "the seed sets no report deadline");
        assertEquals(List.of(), PlanValidator.validate(plan), "what the seed gives is a valid plan");
        assertTrue(unplacedStartsWith(draft, "1. Ban Giám đốc"), "who does what stays listed");
        assertTrue(unplacedStartsWith(draft, "Trên đây là Kế hoạch Tham gia với vai trò thành viên"));
        assertTrue(draft.unplaced().stream().noneMatch(u -> u.text().strip().startsWith("1.2. Đơn vị thực hiện")));
    }

    @Test
    void seed003HasItsReportDeadlinesRecipientAndSignerAndItsTasksGetUnitsFromTheOrganisationSection() {
        PlanDraft draft = reader.read(SeedText.seed("003"));
        Plan plan = draft.plan();

        assertEquals("KH-UBND", plan.symbol());
        assertEquals("", plan.number(), "the number is left blank in the seed");
        assertEquals("UBND", plan.issuingBody().abbreviation());
        assertEquals("Cao Bằng", plan.place());
        assertNull(plan.issuedOn(), "the day is left blank in the seed");
        assertEquals(PlanKind.IMPLEMENTATION_PLAN, plan.kind());
        assertTrue(plan.title().startsWith("Thực hiện Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ"));
        assertTrue(plan.title().endsWith("của Bộ Chính trị (khóa X)"), plan.title());
        assertEquals(2, plan.grounds().size());
        assertEquals(GroundKind.IMPLEMENTS, plan.grounds().get(0).kind());
        assertEquals(GroundKind.BASED_ON, plan.grounds().get(1).kind());
        assertEquals("Kế hoạch số 370-KH/TU, ngày 27/9/2024 của Tỉnh ủy", plan.grounds().get(1).text(), "footnote mark dropped");
        assertEquals(3, plan.purposes().size());
        assertEquals(4, plan.requirements().size());
        assertEquals("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước và các nguồn kinh phí hợp pháp khác.",
                plan.funding());

        String recipient = "UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch)";
        assertEquals(List.of(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), recipient),
                ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), recipient)), plan.reporting());
        assertEquals(List.of(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 11, 30)),
                plan.deadlines(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).stream().map(d -> d.date()).toList());

        assertEquals(9, plan.recipients().size());
        assertEquals("Bộ Văn hóa, Thể thao và Du lịch (b/c)", plan.recipients().get(0));
        assertEquals("Lưu: VT, VX_(M)", plan.recipients().get(8));
        assertEquals(new Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Đình Quang"), plan.signer());

        assertEquals(List.of("1", "2", "3"), numbers(plan));
        assertTrue(task(plan, "3").content().startsWith("Phát triển chương trình, nội dung thực hiện Kết luận số 84-KL/TW"));
        assertEquals(VHTTDL, task(plan, "2").leadUnit(), "its four duties under Tổ chức thực hiện repeat task 2's lines");
        assertEquals(List.of("Sở Nội vụ", "Hội Văn học Nghệ thuật tỉnh", COMMUNES), task(plan, "2").coordinatingUnits());
        assertEquals(VHTTDL, task(plan, "3").leadUnit(), "\"bảo tồn, phát huy các loại hình VHNT cổ truyền\" is task 3's");
        assertEquals(List.of("Sở Giáo dục và Đào tạo", "Hội Văn học Nghệ thuật tỉnh", COMMUNES), task(plan, "3").coordinatingUnits());
        assertEquals("Hội Văn học Nghệ thuật tỉnh", task(plan, "1").leadUnit());
        assertEquals(List.of("Các sở, ban ngành thuộc UBND tỉnh", COMMUNES), task(plan, "1").coordinatingUnits(),
                "\"phối hợp triển khai … tổ chức nghiên cứu, học tập, quán triệt\": coordinating, not lead");
        List<String> gaps = gapTexts(draft);
        assertTrue(gaps.contains("Nhiệm vụ 3: đơn vị chủ trì \"Sở Văn hóa, Thể thao và Du lịch\" lấy từ mục Tổ chức thực hiện (việc "
                + "giao cho đơn vị khớp với nội dung nhiệm vụ); cần kiểm tra."), gaps.toString());
        assertTrue(gaps.contains("Tổ chức thực hiện: việc giao cho từng đơn vị chưa được gắn vào nhiệm vụ; xem các đoạn chưa đọc được."),
                "Sở Tài chính's duty (the funding) matches no task");
        assertTrue(gaps.stream().noneMatch(g -> g.contains("không ghi đơn vị chủ trì ngay tại nhiệm vụ")), gaps.toString());
        assertTrue(gaps.contains("Ngày ban hành: văn bản gốc để trống ngày; nhập khi văn bản được ký."), gaps.toString());
        assertTrue(draft.fieldsToComplete().containsAll(List.of("task.1.leadUnit", "issuedOn", "number", "period")));
        assertEquals(List.of(), messages.describeAll(PlanValidator.validate(plan)), "with its lead units the draft is a valid plan");

        assertTrue(unplacedStartsWith(draft, "3. Sở Tài chính: Phối hợp với Sở Văn hóa"), "the funding duty stays listed");
        assertTrue(draft.unplaced().stream().noneMatch(u -> u.text().startsWith("1. Sở Văn hóa, Thể thao và Du lịch")));
        assertTrue(draft.unplaced().stream().noneMatch(u -> u.text().startsWith("2. Sở Giáo dục và Đào tạo")));
        assertTrue(draft.placements().contains(new Placement(87, "task.2.leadUnit")), "line 88 of the seed: \"1. Sở Văn hóa, …\"");
        assertTrue(draft.placements().contains(new Placement(99, "task.3.coordinatingUnits")),
                "line 100, the second line of Sở Giáo dục và Đào tạo's duty");
        assertTrue(unplacedStartsWith(draft, "¹ Triển khai thực hiện Kết luận số 84-KL/TW"), "the footnote is listed");
        assertTrue(draft.unplaced().stream().anyMatch(u -> u.text().startsWith("Căn cứ nội dung Kế hoạch, các cơ quan")),
                "the closing line is listed");
        assertTrue(draft.unplaced().stream().noneMatch(u -> u.text().contains("06 tháng (trước ngày 20/6)")));
    }

    @Test
    void seed001HasItsThirteenTasksUnitsAndTargetsAndTheOneReportDeadline() {
        PlanDraft draft = reader.read(SeedText.seed("001"));
        Plan plan = draft.plan();

        assertEquals("Lào Cai", plan.place());
        assertEquals("Triển khai thực hiện các nhiệm vụ chiến lược phát triển các ngành công nghiệp văn hóa năm 2026 trên địa bàn "
                + "tỉnh Lào Cai", plan.title());
        assertEquals(LocalDate.of(2026, 1, 1), plan.periodFrom());
        assertEquals(2, plan.grounds().size());
        assertTrue(plan.grounds().get(1).text().startsWith("Kế hoạch số 109/KH-UBND ngày 17/3/2026 của UBND tỉnh Lào Cai"));
        assertEquals("UBND tỉnh", plan.issuingBody().name());

        assertEquals(List.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"), numbers(plan));
        assertEquals(VHTTDL, task(plan, "1.1").leadUnit());
        assertEquals(List.of("Báo và Phát thanh, truyền hình tỉnh", "các sở, ban, ngành, cơ quan, đơn vị liên quan", COMMUNES),
                task(plan, "1.1").coordinatingUnits());
        assertEquals("Sở Nội vụ", task(plan, "1.3").leadUnit());
        assertEquals(List.of("Sở Giáo dục và Đào tạo", VHTTDL, "các sở, ban, ngành, cơ quan, đơn vị liên quan", COMMUNES),
                task(plan, "1.3").coordinatingUnits());
        assertEquals("Sở Khoa học và Công nghệ", task(plan, "1.5").leadUnit());
        assertEquals("Sở Công thương", task(plan, "1.6").leadUnit());
        assertEquals(List.of("Sở Ngoại vụ", "Sở Tài chính", "Sở Công thương", "các cơ quan, đơn vị liên quan", COMMUNES),
                task(plan, "1.7").coordinatingUnits());
        assertEquals("Sở Nông nghiệp và Môi trường", task(plan, "2.5").leadUnit());

        assertEquals(List.of("15000000000–15000000000 đồng", "2–2 đoàn"), targetsOf(plan, task(plan, "2.1"), PlanReaderSeedTest::range));
        assertEquals(List.of("5000000000–5000000000 đồng", "1–1 chương trình"), targetsOf(plan, task(plan, "2.2"),
                PlanReaderSeedTest::range));
        assertEquals(List.of("1000000000–1000000000 đồng", "3–3 cuộc"), targetsOf(plan, task(plan, "2.4"), PlanReaderSeedTest::range));
        assertEquals(ActivityKind.EXHIBITION, plan.target(task(plan, "2.4").targetIds().get(1)).orElseThrow().countedKind());
        assertEquals(List.of("25–25 %", "13000000000000–13000000000000 đồng", "3–3 sản phẩm"),
                targetsOf(plan, task(plan, "2.6"), PlanReaderSeedTest::range));

        assertEquals(List.of(ReportingRule.once(LocalDate.of(2026, 11, 25), "UBND tỉnh (qua Sở Văn hóa, Thể thao và Du lịch)")),
                plan.reporting());
        assertEquals(new Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Hiền Hạnh"), plan.signer());
        assertEquals(8, plan.recipients().size());
        assertTrue(draft.fieldsToComplete().contains("task.2.4.leadUnit"), "2.4 names two lead units");
        assertTrue(unplacedStartsWith(draft, "2. Mục tiêu cụ thể năm 2026"), "the objectives' heading is listed, not taken");
        List<Target> ofThePlan = plan.targets().stream().filter(t -> t.field().equals("Mục tiêu của kế hoạch")).toList();
        assertEquals(List.of("5–5 %", "8–8 %", "3–3 lớp"), ofThePlan.stream().map(PlanReaderSeedTest::range).toList(),
                "the objectives' own figures, those no task sets");
        assertTrue(ofThePlan.get(0).label().startsWith("Phân đầu doanh thu các ngành công nghiệp văn hóa đóng góp khoảng 5% GRDP"));
        assertEquals(15, plan.targets().size(), "the objectives' 15 tỷ đồng for Điện ảnh is task 2.1's target, not a second one");
        assertFalse(unplacedStartsWith(draft, "+ Lĩnh vực Điện ảnh: Doanh thu đạt khoảng 15 tỷ đồng"));
        assertTrue(unplacedStartsWith(draft, "¹ Chợ nổi du lịch biên giới"));
    }

    /** Seed 001 as a PDF (its long paragraphs wrapped by the page, a header and page numbers): the same plan as its text. */
    @Test
    void seed001AsPdfReadsIntoTheSamePlanAsItsText(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("Ke hoach 001.pdf");
        String text = Files.readString(Path.of("src/test/resources/vn/delegationdesk/reading/seed-001.txt"));
        SeedPdf.write(file, text.lines().toList(), false);
        PlanDraft fromText = reader.read(SeedText.seed("001"));

        PlanDraft fromPdf = reader.read(new PdfSource().read(file).document());

        Plan expected = fromText.plan();
        Plan plan = fromPdf.plan();
        assertEquals(numbers(expected), numbers(plan));
        assertEquals(expected.tasks().stream().map(PlanTask::content).toList(), plan.tasks().stream().map(PlanTask::content).toList());
        assertEquals(expected.tasks().stream().map(PlanTask::leadUnit).toList(), plan.tasks().stream().map(PlanTask::leadUnit).toList());
        assertEquals(expected.tasks().stream().map(PlanTask::coordinatingUnits).toList(),
                plan.tasks().stream().map(PlanTask::coordinatingUnits).toList());
        for (PlanTask task : expected.tasks()) {
            assertEquals(targetsOf(expected, task, PlanReaderSeedTest::range), targetsOf(plan, task(plan, task.number()),
                    PlanReaderSeedTest::range), "targets of task " + task.number());
        }
        assertEquals(expected.title(), plan.title());
        assertEquals(expected.grounds(), plan.grounds());
        assertEquals(expected.reporting(), plan.reporting());
        assertEquals(expected.signer(), plan.signer());
        assertEquals(expected.recipients(), plan.recipients());
        assertEquals(gapTexts(fromText), gapTexts(fromPdf));
    }

    @Test
    void seed004HasItsEightTasksWithLeadCoordinatingUnitsAndTimes() {
        PlanDraft draft = reader.read(SeedText.seed("004"));
        Plan plan = draft.plan();

        assertEquals("Hải Dương", plan.place());
        assertEquals("Ủy ban nhân dân tỉnh Hải Dương", plan.issuingBody().name());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), numbers(plan));
        assertEquals(VHTTDL, task(plan, "1").leadUnit());
        assertEquals(List.of("Đài Phát thanh - Truyền hình tỉnh", "Báo Hải Dương", "Sở Thông tin và Truyền Thông",
                "Các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thị xã, thành phố"), task(plan, "1").coordinatingUnits());
        assertEquals("Sở Công thương", task(plan, "8").leadUnit());
        assertEquals(LocalDate.of(2030, 12, 31), task(plan, "2").due(), "đến năm 2030");
        assertTrue(task(plan, "3").content().endsWith("Thời gian thực hiện: Hàng năm"), task(plan, "3").content());
        assertTrue(plan.reporting().isEmpty());
        assertEquals(new Signer("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh Hùng"), plan.signer());
        assertEquals("Lưu VT, KGVX, HIỂN (6)", plan.recipients().get(plan.recipients().size() - 1));
        List<String> gaps = gapTexts(draft);
        assertTrue(gaps.contains("Người ký: dòng \"TM. ỦY BAN NHÂN DÂN\" chưa có chỗ trong khối chữ ký của kế hoạch; cần kiểm tra."),
                gaps.toString());
        assertTrue(gaps.contains("Chế độ báo cáo: không thấy hạn báo cáo; cần nhập nếu kế hoạch có yêu cầu báo cáo."));
        assertTrue(unplacedStartsWith(draft, "12. Ủy ban nhân dân huyện, thị xã, thành phố"));
    }
}
