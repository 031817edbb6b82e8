package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.workbook.PlanResultImport;
import vn.delegationdesk.plan.workbook.ResultPreview;
import vn.delegationdesk.plan.workbook.export.ReturnFileReader;
import vn.delegationdesk.plan.workbook.export.TaskTableWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.TestPlans;

/**
 * What the task table's round trip costs on a large plan ({@code --tasks}, default 2,000, led by 40 units, each with two
 * coordinating units and a 300-character result stored): the export as one sheet and as one sheet per unit, and reading a
 * return file with the preview built (every row unchanged but one). Medians of {@code --runs} after three warm-ups; no
 * target is set by the issue. A main class, not a unit test:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.PlanWorkbookBenchmark --tasks 2000 --runs 10
 * </pre>
 */
public final class PlanWorkbookBenchmark {
    private static final int UNITS = 40;

    private PlanWorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = BenchFigures.intOption(args, "--tasks", 2000);
        int runs = BenchFigures.intOption(args, "--runs", 10);
        Messages messages = new Messages();
        PlanService plans = new PlanService(new MemoryPlanRepository(), RoleGate.everyRole(() -> "bench"));
        Plan base = TestPlans.network();
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lead = "Phòng chuyên môn số " + (i % UNITS + 1);
            tasks.add(PlanTask.of("k-" + i, (i / 10 + 1) + "." + (i % 10 + 1), "Nhiệm vụ " + i + ": tổ chức các hoạt động giao "
                    + "lưu, kết nối với các thành phố sáng tạo trong khu vực và thế giới", lead,
                    List.of("Phòng chuyên môn số " + ((i + 1) % UNITS + 1), "Văn phòng Sở"), null, LocalDate.of(2025, 12, 31),
                    List.of()).withResult("2025-H1", "Đã thực hiện. ".repeat(21)));
        }
        long planId = plans.create(base.withTasks(tasks).withActivities(List.of()).withTargets(List.of()));
        Plan plan = plans.find(planId).orElseThrow();
        ReportPeriod period = ReportPeriod.firstHalf(2025);
        TaskTableWriter writer = new TaskTableWriter(messages);
        PlanResultImport imports = new PlanResultImport(plans);
        ReturnFileReader reader = new ReturnFileReader(messages);
        Path dir = Files.createTempDirectory("dd-plan-workbook-bench");
        Path single = dir.resolve("one.xlsx");
        Path perUnit = dir.resolve("units.xlsx");
        List<Long> exportOne = new ArrayList<>();
        List<Long> exportUnits = new ArrayList<>();
        List<Long> preview = new ArrayList<>();
        int rows = 0;
        for (int run = 0; run < runs + 3; run++) {
            long t0 = System.nanoTime();
            writer.write(plan, period, false, single);
            long t1 = System.nanoTime();
            writer.write(plan, period, true, perUnit);
            long t2 = System.nanoTime();
            ResultPreview built = imports.preview(planId, period, reader.read(single));
            long t3 = System.nanoTime();
            rows = built.rows().size();
            if (run >= 3) {
                exportOne.add(t1 - t0);
                exportUnits.add(t2 - t1);
                preview.add(t3 - t2);
            }
        }
        System.out.printf("plan of %d tasks, %d units; one-sheet file %d KB, per-unit file %d KB%n", count, UNITS,
                Files.size(single) / 1024, Files.size(perUnit) / 1024);
        BenchFigures.print("export, one sheet (" + count + " tasks)", exportOne, Double.NaN);
        BenchFigures.print("export, one sheet per unit (" + UNITS + " sheets)", exportUnits, Double.NaN);
        BenchFigures.print("read return file + preview (" + rows + " rows)", preview, Double.NaN);
        Files.deleteIfExists(single);
        Files.deleteIfExists(perUnit);
        Files.deleteIfExists(dir);
    }
}
