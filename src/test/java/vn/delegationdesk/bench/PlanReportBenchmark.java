package vn.delegationdesk.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.documents.plan.PlanDocumentKind;
import vn.delegationdesk.documents.plan.PlanDocumentService;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The periodic report of a big body's plan (a main class, not a unit test): a body with {@code --plans} plans (50), each
 * with 40 tasks and 200 activities (2,000 tasks and 10,000 activities in all; two activities per plan are delegations of
 * 37 members), five targets counted from the activities; the year's report of each plan in turn, laid out from its
 * progress and written as PDF in memory, warm, median (target: 2 s); the plan's own PDF with its annex beside it.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.PlanReportBenchmark --runs 20
 * </pre>
 */
public final class PlanReportBenchmark {
    private static final double REPORT_TARGET_MS = 2000;
    private static final int TASKS = 40;
    private static final int ACTIVITIES = 200;
    private static final ActivityKind[] KINDS = {ActivityKind.ONLINE_SESSION, ActivityKind.WORKSHOP, ActivityKind.CONFERENCE,
        ActivityKind.PUBLICATION, ActivityKind.MEDIA};
    private static volatile long sink;

    private PlanReportBenchmark() {
    }

    public static void main(String[] args) {
        int plans = BenchFigures.intOption(args, "--plans", 50);
        int runs = BenchFigures.intOption(args, "--runs", 20);
        List<Plan> body = new ArrayList<>();
        for (int p = 1; p <= plans; p++) {
            body.add(plan(p));
        }
        Delegation trip = SampleDelegation.create().withId(1L);
        Map<Long, Delegation> linked = new HashMap<>();
        linked.put(1L, trip);
        PlanDocumentService service = new PlanDocumentService(PdfDocumentWriter::new, new Messages(),
                Clock.fixed(LocalDate.of(2025, 11, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        System.out.printf(Locale.ROOT, "body: %d plans, %d tasks, %d activities%n", body.size(),
                body.stream().mapToInt(p -> p.tasks().size()).sum(), body.stream().mapToInt(p -> p.activities().size()).sum());
        measure("year's report of one plan (40 tasks, 200 activities), PDF", body, service, PlanDocumentKind.REPORT, linked, runs,
                REPORT_TARGET_MS);
        measure("the plan itself with its annex (40 tasks), PDF", body, service, PlanDocumentKind.PLAN, linked, runs, Double.NaN);
        System.exit(0);
    }

    private static void measure(String what, List<Plan> body, PlanDocumentService service, PlanDocumentKind kind,
            Map<Long, Delegation> linked, int runs, double target) {
        ReportPeriod year = ReportPeriod.year(2025);
        List<Long> times = new ArrayList<>();
        int pages = 0;
        for (int run = 0; run < runs + 3; run++) {
            Plan plan = body.get(run % body.size());
            long t0 = System.nanoTime();
            byte[] pdf = service.render(plan, kind, year, linked);
            long t1 = System.nanoTime();
            sink += pdf.length;
            if (run == 0) {
                pages = pageCount(pdf);
                System.out.printf(Locale.ROOT, "%s: %,d bytes, %d pages, first (cold) %.0f ms%n", what, pdf.length, pages,
                        (t1 - t0) / 1e6);
            } else if (run >= 3) {
                times.add(t1 - t0);
            }
        }
        BenchFigures.print(what, times, target);
    }

    private static int pageCount(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Plan {@code n}: 40 tasks in 8 groups of 5 ("3", "3.1" … "3.4"), 200 activities spread over the year. */
    static Plan plan(int n) {
        List<String> units = List.of("Phòng Quản lý Di sản văn hóa", "Phòng Quản lý Văn hóa", "Văn phòng Sở", "Bảo tàng Hà Nội",
                "Phòng Kế hoạch Tài chính", "Trung tâm Văn hóa nghệ thuật", "Thư viện Hà Nội");
        List<Target> targets = new ArrayList<>();
        for (int k = 0; k < KINDS.length; k++) {
            targets.add(Target.counted("t-" + k, "Chỉ tiêu " + (k + 1) + " của kế hoạch " + n, "Lĩnh vực " + (k % 2 + 1), "cuộc",
                    20, 40, KINDS[k]));
        }
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            int group = i / 5 + 1;
            String number = i % 5 == 0 ? Integer.toString(group) : group + "." + (i % 5);
            tasks.add(new PlanTask("k-" + i, number, "Nhiệm vụ " + number + ": tổ chức các hoạt động tuyên truyền, giới thiệu, "
                    + "quảng bá và hợp tác trong lĩnh vực văn hóa của kế hoạch số " + n, units.get(i % units.size()),
                    List.of(units.get((i + 1) % units.size()), units.get((i + 2) % units.size())), null,
                    LocalDate.of(2025, 1 + i % 12, 28), List.of("t-" + i % KINDS.length),
                    i % 3 == 0 ? vn.delegationdesk.plan.TaskStatus.DONE : vn.delegationdesk.plan.TaskStatus.IN_PROGRESS,
                    i % 2 == 0 ? List.of(new vn.delegationdesk.plan.TaskResult("2025", "Đã tổ chức các hoạt động theo kế hoạch, "
                            + "bảo đảm tiến độ và chất lượng.")) : List.of()));
        }
        List<PlanActivity> activities = new ArrayList<>();
        for (int a = 0; a < ACTIVITIES - 2; a++) {
            activities.add(PlanActivity.event("a-" + a, "k-" + a % TASKS, KINDS[a % KINDS.length], "Hoạt động " + (a + 1),
                    LocalDate.of(2025, 1, 1).plusDays(a * 361L / ACTIVITIES), "Hà Nội"));
        }
        activities.add(PlanActivity.delegation("a-d1", "k-0", 1L, "Đoàn Đắk Lắk – Lâm Đồng"));
        activities.add(PlanActivity.delegation("a-d2", "k-5", 999L, "Đoàn đã xóa"));
        return new Plan((long) n, new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                PlanKind.ANNUAL_PLAN, Integer.toString(100 + n), "KH-SVHTT", LocalDate.of(2025, 1, 10), "Hà Nội",
                "Kế hoạch số " + n + " của năm 2025", List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                List.of("Mục đích của kế hoạch."), List.of("Yêu cầu của kế hoạch."), "Ngân sách nhà nước.",
                List.of(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), "UBND Thành phố"),
                        ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), "UBND Thành phố")),
                List.of("Lưu: VT, QLDSVH."), new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"), targets, tasks,
                activities);
    }
}
