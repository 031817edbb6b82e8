package vn.delegationdesk.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Runs generated cases of one kind through one target and tallies the outcomes per mutation. After every case the
 * store's snapshot must equal the one before the campaign: a refused file changed nothing, an accepted one was
 * stored as read and then removed again.
 */
final class Campaign {
    /** Counts of one mutation: accepted, refused with a message, broken. */
    static final class Tally {
        int accepted;
        int refused;
        int broken;

        int total() {
            return accepted + refused + broken;
        }
    }

    /** A case that broke a rule, with what is needed to make it again. */
    record Finding(long seed, int index, String mutation, String why) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "seed %d case %d (%s): %s", seed, index, mutation, why);
        }
    }

    private static final java.lang.management.MemoryMXBean HEAP = java.lang.management.ManagementFactory.getMemoryMXBean();

    private final FuzzStore store;
    private final FuzzTarget target;
    private final BiFunction<Random, Integer, FuzzCase> generator;
    private final Path folder;
    private final Map<String, Tally> tallies = new TreeMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private long slowestNanos;
    private long mostHeapBytes;

    Campaign(FuzzStore store, FuzzTarget target, BiFunction<Random, Integer, FuzzCase> generator, Path folder) {
        this.store = store;
        this.target = target;
        this.generator = generator;
        this.folder = folder;
    }

    Campaign run(long seed, int cases) {
        Random random = new Random(seed);
        String baseline = store.snapshot();
        for (int i = 0; i < cases; i++) {
            FuzzCase generated = generator.apply(random, i);
            Path file = write(generated);
            long start = System.nanoTime();
            Outcome outcome;
            try {
                outcome = target.run(file);
            } catch (RuntimeException | Error e) {
                outcome = Outcome.broken("target failed: " + e);
            }
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
            mostHeapBytes = Math.max(mostHeapBytes, HEAP.getHeapMemoryUsage().getUsed());
            if (outcome.verdict() != Outcome.Verdict.BROKEN && !store.snapshot().equals(baseline)) {
                outcome = Outcome.broken("store changed after " + outcome.verdict());
            }
            record(seed, i, generated.mutation(), outcome);
            delete(file);
        }
        return this;
    }

    private void record(long seed, int index, String mutation, Outcome outcome) {
        Tally tally = tallies.computeIfAbsent(mutation, m -> new Tally());
        switch (outcome.verdict()) {
            case ACCEPTED -> tally.accepted++;
            case REFUSED -> tally.refused++;
            default -> {
                tally.broken++;
                findings.add(new Finding(seed, index, mutation, outcome.message()));
            }
        }
    }

    private Path write(FuzzCase generated) {
        try {
            return Files.write(folder.resolve(generated.fileName()), generated.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Finding> findings() {
        return findings;
    }

    int cases() {
        return tallies.values().stream().mapToInt(Tally::total).sum();
    }

    int count(Outcome.Verdict verdict) {
        return tallies.values().stream().mapToInt(t -> switch (verdict) {
            case ACCEPTED -> t.accepted;
            case REFUSED -> t.refused;
            case BROKEN -> t.broken;
        }).sum();
    }

    long slowestMillis() {
        return slowestNanos / 1_000_000;
    }

    /**
     * "package: 320 cases, 12 accepted, 308 refused with a message, 0 broken; slowest 140 ms; heap at most 90 MB" and a
     * line per mutation. The heap is sampled after each case (garbage included), so it bounds what a case left behind.
     */
    String report() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d cases, %d accepted, %d refused with a message, %d broken; slowest %d ms; heap at most %d MB%n",
                target.kind(), cases(), count(Outcome.Verdict.ACCEPTED), count(Outcome.Verdict.REFUSED),
                count(Outcome.Verdict.BROKEN), slowestMillis(), mostHeapBytes >> 20));
        tallies.forEach((mutation, t) -> text.append(String.format(Locale.ROOT, "    %-20s %4d: %4d accepted %4d refused %4d broken%n",
                mutation, t.total(), t.accepted, t.refused, t.broken)));
        findings.stream().limit(20).forEach(f -> text.append("    ! ").append(f).append('\n'));
        return text.toString();
    }
}
