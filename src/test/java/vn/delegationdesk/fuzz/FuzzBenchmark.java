package vn.delegationdesk.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The long fuzz run of issue 20: a random seed (printed, so a finding can be replayed with {@code --seed}) and many
 * more cases than the fixed-seed test. Prints per kind: cases, accepted, refused with a message, broken, time, and
 * the peak heap of the whole run. Run it as the other benchmarks (see docs/performance.md):
 * {@code java -Xmx512m -cp … vn.delegationdesk.fuzz.FuzzBenchmark [--seed N] [--cases N]}.
 */
public final class FuzzBenchmark {
    private FuzzBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seed = option(args, "--seed", new Random().nextLong());
        int cases = (int) option(args, "--cases", 2_000);
        Path dir = Files.createTempDirectory("fuzz-bench");
        System.out.printf(Locale.ROOT, "seed %d, %d cases per kind, max heap %d MB%n", seed, cases,
                Runtime.getRuntime().maxMemory() >> 20);
        int broken = 0;
        try (FuzzStore store = new FuzzStore(Files.createDirectories(dir.resolve("data")))) {
            broken += run(new Campaign(store, new PackageTarget(store), FuzzInputs.packages(store), dir), seed, cases);
            broken += run(new Campaign(store, new RateSetTarget(store), FuzzInputs.rateSets(), dir), seed, cases);
            broken += run(new Campaign(store, new RosterTarget(store), FuzzInputs.workbooks(dir), dir), seed, cases);
        }
        System.out.printf(Locale.ROOT, "whole run within the %d MB heap limit; heap pools' peaks summed %d MB; %d broken%n",
                Runtime.getRuntime().maxMemory() >> 20, peakHeapBytes() >> 20, broken);
        System.exit(broken == 0 ? 0 : 1);
    }

    private static int run(Campaign campaign, long seed, int cases) {
        long start = System.nanoTime();
        campaign.run(seed, cases);
        System.out.print(campaign.report());
        System.out.printf(Locale.ROOT, "    time %.1f s%n", (System.nanoTime() - start) / 1e9);
        return campaign.count(Outcome.Verdict.BROKEN);
    }

    /** The sum of the heap pools' peaks, each reached at its own moment: above what was ever in use at once. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long option(String[] args, String name, long fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1]);
            }
        }
        return fallback;
    }
}
