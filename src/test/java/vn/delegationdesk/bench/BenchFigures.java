package vn.delegationdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** What every benchmark prints and reads: a median against its target, and a whole-number option. */
final class BenchFigures {
    private BenchFigures() {
    }

    /** "… median 12.34 ms   max 56.78 ms   (n=20)   target <= 300 ms: met"; no target for {@code Double.NaN}. */
    static void print(String what, List<Long> nanos, double targetMs) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double worst = sorted.get(sorted.size() - 1) / 1e6;
        String target = Double.isNaN(targetMs) ? "" : String.format(Locale.ROOT, "   target <= %.0f ms: %s", targetMs,
                median <= targetMs ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "%-62s median %8.2f ms   max %8.2f ms   (n=%d)%s%n", what, median, worst, sorted.size(), target);
    }

    /** The value after {@code name} in {@code args}, or {@code fallback}. */
    static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
