package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanDue;
import vn.delegationdesk.plan.PlanKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportFrequency;
import vn.delegationdesk.plan.ReportingRule;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.ui.PlansViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * Opening the plans area's "Tiến độ" for a big body: 50 plans of 40 tasks and 200 activities each (2,000 tasks, 10,000
 * activities) in an H2 store. One run loads the plans' list, opens one plan (read whole, its progress rows and calendar
 * computed as the page shows them) and computes the due list across all plans. Target: 200 ms. A main class, not a unit
 * test:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.PlanProgressBenchmark --runs 30
 * </pre>
 */
public final class PlanProgressBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final List<String> UNITS = List.of("Phòng Quản lý Di sản văn hóa", "Phòng Quản lý Nghệ thuật", "Văn phòng Sở",
            "Phòng Kế hoạch Tài chính", "Bảo tàng Hà Nội", "Thư viện Hà Nội", "Trung tâm Văn hóa nghệ thuật", "Phòng Tổ chức - Pháp chế");

    private PlanProgressBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 30);
        int planCount = BenchFigures.intOption(args, "--plans", 50);
        Path dir = Files.createTempDirectory("plan-progress-bench");
        Messages messages = new Messages();
        try (AppServices services = StoreServices.open(dir, messages)) {
            long started = System.nanoTime();
            for (int p = 0; p < planCount; p++) {
                services.plans().create(plan(p));
            }
            System.out.printf("stored %d plans (%d tasks, %d activities) in %d ms%n", planCount, planCount * 40, planCount * 200,
                    (System.nanoTime() - started) / 1_000_000);
            List<Long> open = new ArrayList<>();
            List<Long> due = new ArrayList<>();
            List<Long> whole = new ArrayList<>();
            int shown = 0;
            for (int run = 0; run < runs + 5; run++) {
                PlansViewModel plans = new PlansViewModel(services.plans(), services.bodies(), services.delegations(),
                        new DirectTaskRunner(), new RecordingDialogService(), messages, () -> TODAY);
                long start = System.nanoTime();
                plans.load();
                plans.choose(run % planCount);
                shown = plans.progress().targets().size() + plans.progress().tasks().size() + plans.progress().units().size();
                long middle = System.nanoTime();
                List<PlanDue> dueList = services.plans().dueWithin(TODAY, 14);
                long end = System.nanoTime();
                if (run >= 5) {
                    open.add(middle - start);
                    due.add(end - middle);
                    whole.add(end - start);
                }
                if (run == 0) {
                    System.out.printf("progress page: %d rows; due list: %d items%n", shown, dueList.size());
                }
            }
            BenchFigures.print("plans list + open one plan + Tiến độ rows", open, Double.NaN);
            BenchFigures.print("due list across all plans", due, Double.NaN);
            BenchFigures.print("progress view opened (list, plan, progress, due list)", whole, 200);
        }
    }

    private static Plan plan(int p) {
        List<Target> targets = List.of(
                Target.counted("t-1", "Phiên họp trực tuyến", "Hợp tác quốc tế", "cuộc", 20, 30, ActivityKind.ONLINE_SESSION),
                Target.counted("t-2", "Tọa đàm, workshop", "Hợp tác quốc tế", "cuộc", 3, 5, ActivityKind.WORKSHOP),
                Target.counted("t-3", "Trang chuyên đề", "Tuyên truyền", "trang", 30, 40, ActivityKind.PUBLICATION),
                Target.counted("t-4", "Clip giới thiệu", "Tuyên truyền", "clip", 2, 3, ActivityKind.MEDIA),
                Target.counted("t-5", "Triển lãm", "Văn hóa", "cuộc", 1, 2, ActivityKind.EXHIBITION));
        List<PlanTask> tasks = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            String number = (t / 5 + 1) + "." + (t % 5 + 1);
            LocalDate due = LocalDate.of(2025, 1 + t % 12, 10 + t % 15);
            tasks.add(PlanTask.of("k-" + (t + 1), number, "Nhiệm vụ " + number + " của kế hoạch " + (p + 1), UNITS.get(t % UNITS.size()),
                    List.of(UNITS.get((t + 1) % UNITS.size()), UNITS.get((t + 3) % UNITS.size())), LocalDate.of(2025, 1, 1), due,
                    List.of("t-" + (t % 5 + 1))));
        }
        ActivityKind[] kinds = {ActivityKind.ONLINE_SESSION, ActivityKind.WORKSHOP, ActivityKind.PUBLICATION, ActivityKind.MEDIA,
            ActivityKind.EXHIBITION};
        List<PlanActivity> activities = new ArrayList<>();
        for (int a = 0; a < 200; a++) {
            int task = a % 40;
            activities.add(PlanActivity.event("a-" + (a + 1), "k-" + (task + 1), kinds[task % 5], "Hoạt động " + (a + 1),
                    LocalDate.of(2025, 1, 1).plusDays(a * 364L / 200), "Hà Nội"));
        }
        return new Plan(null, new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"), PlanKind.IMPLEMENTATION_PLAN,
                Integer.toString(100 + p), "KH-SVHTT", LocalDate.of(2025, 1, 5), "Hà Nội", "Kế hoạch số " + (p + 1) + " năm 2025",
                List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of("Mục đích"), List.of("Yêu cầu"), "Ngân sách",
                List.of(ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), "UBND Thành phố"),
                        ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), "UBND Thành phố")),
                List.of("Lưu: VT"), new Signer("", "", "GIÁM ĐỐC", "Nguyễn Văn A"), targets, tasks, activities);
    }
}
