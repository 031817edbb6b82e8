package vn.delegationdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * The estimate's two costs (a main class, not a unit test), warm, median of {@code --runs}:
 * <ul>
 *   <li>recomputation: {@link EstimateCalculator#compute} for a 2,000-member delegation stretched to 30 days,
 *       with the seed's quotations typed in (target: under 50 ms — it runs again on every change);</li>
 *   <li>Excel export: {@link EstimateWorkbookWriter#write} of the seed-000 estimate to a temporary file,
 *       formulas evaluated (target: under 300 ms).</li>
 * </ul>
 * No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.EstimateBenchmark --members 2000 --days 30 --runs 50
 * </pre>
 */
public final class EstimateBenchmark {
    private static final double COMPUTE_TARGET_MS = 50;
    private static final double EXPORT_TARGET_MS = 300;
    /** Keeps the JIT from dropping the computation whose result nothing else reads. */
    private static volatile long sink;

    private EstimateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int members = BenchFigures.intOption(args, "--members", 2000);
        int days = BenchFigures.intOption(args, "--days", 30);
        int runs = BenchFigures.intOption(args, "--runs", 50);
        measureCompute(members, days, runs);
        measureExport(Math.max(5, runs / 2));
        System.exit(0);
    }

    private static void measureCompute(int members, int days, int runs) {
        Delegation delegation = stretched(LargeDelegation.of(members), days);
        EstimateWorksheet worksheet = SampleEstimates.pricedWorksheet();
        List<RateSet> rates = BuiltInRateSets.all();
        Estimate check = EstimateCalculator.compute(delegation, worksheet, rates);
        System.out.printf(Locale.ROOT, "delegation: %d members, %d days (%s – %s), %d legs, estimate total %,d đ%n",
                delegation.members().size(), days, delegation.startDate(), delegation.endDate(), delegation.legs().size(),
                check.total());
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs + 20; run++) {
            long t0 = System.nanoTime();
            Estimate estimate = EstimateCalculator.compute(delegation, worksheet, rates);
            long t1 = System.nanoTime();
            sink += estimate.total();
            if (run >= 20) {
                times.add(t1 - t0);
            }
        }
        BenchFigures.print("estimate recomputation (EstimateCalculator.compute)", times, COMPUTE_TARGET_MS);
    }

    private static void measureExport(int runs) throws Exception {
        Delegation seed = SampleDelegation.create();
        Estimate estimate = SampleEstimates.priced();
        EstimateWorkbookWriter writer = new EstimateWorkbookWriter();
        Path dir = Files.createTempDirectory("dd-estimate-bench");
        try {
            Path file = dir.resolve("du-toan.xlsx");
            List<Long> times = new ArrayList<>();
            long first = 0;
            for (int run = 0; run < runs + 5; run++) {
                long t0 = System.nanoTime();
                writer.write(estimate, seed, file);
                long t1 = System.nanoTime();
                if (run == 0) {
                    first = t1 - t0;
                } else if (run >= 5) {
                    times.add(t1 - t0);
                }
            }
            System.out.printf(Locale.ROOT, "export: seed-000 estimate, %d sections, file %,d bytes, first (cold) export %.0f ms%n",
                    estimate.sections().size(), Files.size(file), first / 1e6);
            BenchFigures.print("Excel export (EstimateWorkbookWriter.write, to a file)", times, EXPORT_TARGET_MS);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The delegation lasting {@code days} days from its start, the time shared between its two stops. */
    static Delegation stretched(Delegation d, int days) {
        LocalDate start = d.startDate();
        LocalDate end = start.plusDays(days - 1L);
        List<Leg> legs = d.legs();
        int perLeg = days / legs.size();
        List<Leg> longer = new ArrayList<>();
        LocalDate from = start;
        for (int i = 0; i < legs.size(); i++) {
            LocalDate to = i == legs.size() - 1 ? end : from.plusDays(perLeg - 1L);
            Leg leg = legs.get(i);
            longer.add(new Leg(leg.place(), leg.city(), from, to, leg.summary()));
            from = to.plusDays(1);
        }
        return d.toBuilder().endDate(end).legs(longer).build();
    }
}
