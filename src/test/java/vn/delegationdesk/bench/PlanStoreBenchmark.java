package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanDue;
import vn.delegationdesk.plan.PlanProgress;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.persistence.JdbcPlanRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargePlans;

/**
 * A big body's plans in H2 (issue 17: {@code --plans} 50 plans of {@code --tasks} 40 tasks and {@code --activities} 200
 * activities, every tenth activity a delegation of the app): storing each plan whole, then reading them all
 * ({@code findAll}, what the due list and a report across plans read), the plans' list, one plan by id, computing its
 * progress, and the due list across all plans on 10/06 (the six-month reports and the tasks due in 14 days). The window's
 * progress view must open in 200 ms: the store's part of it is reading the plan by id, then computing its progress.
 * A main class, not a unit test:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.PlanStoreBenchmark --runs 20
 * </pre>
 */
public final class PlanStoreBenchmark {
    private static final int WARM_UP = 5;
    private static final double PROGRESS_VIEW_MS = 200;

    private PlanStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 20);
        int plans = BenchFigures.intOption(args, "--plans", 50);
        int tasks = BenchFigures.intOption(args, "--tasks", 40);
        int activities = BenchFigures.intOption(args, "--activities", 200);
        Path dir = Files.createTempDirectory("plan-store-bench");
        try (Database store = Database.openStore(dir)) {
            JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
            List<Long> delegationIds = List.of(delegations.insert(SampleDelegation.create()),
                    delegations.insert(SampleDelegation.create()));
            JdbcPlanRepository repository = new JdbcPlanRepository(store);
            PlanService service = new PlanService(repository, RoleGate.everyRole(() -> "bench"), delegationIds::contains);
            List<Plan> body = LargePlans.body(plans, tasks, activities, delegationIds);
            System.out.printf(Locale.ROOT, "Plans in H2: %d plans, %,d tasks, %,d activities; medians of %d after %d warm-up; "
                    + "load average %s%n", plans, body.stream().mapToInt(p -> p.tasks().size()).sum(),
                    body.stream().mapToInt(p -> p.activities().size()).sum(), runs, WARM_UP, loadAverage());

            List<Long> inserts = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Plan plan : body) {
                long start = System.nanoTime();
                ids.add(service.create(plan));
                inserts.add(System.nanoTime() - start);
            }
            BenchFigures.print("create one plan (validated, stored whole in one transaction)", inserts, Double.NaN);

            long middleId = ids.get(ids.size() / 2);
            LocalDate today = LocalDate.of(2025, 6, 10);
            List<Long> all = new ArrayList<>();
            List<Long> summaries = new ArrayList<>();
            List<Long> byId = new ArrayList<>();
            List<Long> progress = new ArrayList<>();
            List<Long> views = new ArrayList<>();
            List<Long> due = new ArrayList<>();
            int read = 0;
            int dueLines = 0;
            int targets = 0;
            for (int run = 0; run < runs + WARM_UP; run++) {
                long start = System.nanoTime();
                read = repository.findAll().size();
                long afterAll = System.nanoTime();
                service.list();
                long afterList = System.nanoTime();
                Plan one = repository.findById(middleId).orElseThrow();
                long afterOne = System.nanoTime();
                PlanProgress computed = PlanProgress.of(one, today);
                long afterProgress = System.nanoTime();
                List<PlanDue> lines = service.dueWithin(today, 14);
                long afterDue = System.nanoTime();
                if (run >= WARM_UP) {
                    all.add(afterAll - start);
                    summaries.add(afterList - afterAll);
                    byId.add(afterOne - afterList);
                    progress.add(afterProgress - afterOne);
                    views.add(afterProgress - afterList);
                    due.add(afterDue - afterProgress);
                    dueLines = lines.size();
                    targets = computed.targets().size();
                }
            }
            BenchFigures.print("findAll: every plan whole (" + read + " plans)", all, Double.NaN);
            BenchFigures.print("the plans' list (findSummaries)", summaries, Double.NaN);
            BenchFigures.print("findById: one plan whole (" + tasks + " tasks, " + activities + " activities)", byId, Double.NaN);
            BenchFigures.print("its progress computed (" + targets + " targets, tasks, units)", progress, Double.NaN);
            BenchFigures.print("progress view's store part: findById + progress", views, PROGRESS_VIEW_MS);
            BenchFigures.print("due list on 10/06 across all plans (" + dueLines + " lines)", due, Double.NaN);
        }
        System.exit(0);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
