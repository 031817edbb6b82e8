package vn.delegationdesk.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.exchange.DelegationPackageWriter;
import vn.delegationdesk.exchange.PackageService;
import vn.delegationdesk.exchange.json.PackageException;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;

/**
 * How fast an import refuses a file that is no package (a main class, not a unit test; PackageImportRefusalTest
 * checks what is refused), warm, median of {@code --runs}:
 * <ul>
 *   <li>10 MB of random bytes: refused as not UTF-8 or not JSON (target: under 3 s);</li>
 *   <li>a 21 MB file, above the 20 MB limit: refused by its size before it is read (target: under 1 s);</li>
 *   <li>hostile JSON within the size limit, each refused by its own limit of {@code exchange.JsonLimits} (target: under
 *   3 s): 10 000 nested arrays, a 15 MB string, a 20 MB file of empty objects (past the million tokens), a number of a
 *   million digits; and the largest file the parser lets through, a package with 498 000 empty objects beside its
 *   delegation (imported: its unknown field is ignored).</li>
 * </ul>
 * For each hostile file it prints the heap's peak while reading it (the sum of the heap pools' peaks since a reset,
 * which bounds the real peak from above): the issue asks for under about 200 MB. Run with {@code -Xmx256m} to see
 * none of them needs more.
 * No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.PackageRefusalBenchmark --runs 20
 * </pre>
 */
public final class PackageRefusalBenchmark {
    private static final double GARBAGE_TARGET_MS = 3000;
    private static final double TOO_LARGE_TARGET_MS = 1000;
    private static final double HOSTILE_TARGET_MS = 3000;
    private static final int WARM_UP = 3;

    private PackageRefusalBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = BenchFigures.intOption(args, "--runs", 20);
        Path dir = Files.createTempDirectory("dd-refusal-bench");
        try {
            PackageService service = new PackageService(new DelegationService(new InMemoryDelegationRepository()));

            byte[] garbage = new byte[10 * 1024 * 1024];
            new Random(20251014L).nextBytes(garbage);
            Path random = Files.write(dir.resolve("ngau-nhien.json"), garbage);
            measure(service, random, "10 MB of random bytes (not UTF-8 / not JSON)", runs, GARBAGE_TARGET_MS);

            Path large = dir.resolve("qua-lon.json");
            try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
                sparse.setLength(21L * 1024 * 1024);
            }
            measure(service, large, "21 MB file, above the 20 MB limit", runs, TOO_LARGE_TARGET_MS);

            byte[] sample = new DelegationPackageWriter().toBytes(SampleDelegation.create());
            String head = "{\"format\": \"delegation-desk/package\", \"formatVersion\": 1, \"delegation\": ";
            hostile(service, dir, "10 000 nested arrays", head + "[".repeat(10_000) + "]".repeat(10_000) + "}", runs);
            hostile(service, dir, "a 15 MB string", head + "{\"title\": \"" + "a".repeat(15 << 20) + "\"}}", runs);
            hostile(service, dir, "20 MB of empty objects", head + "[" + "{},".repeat(20_000_000 / 3 - 100) + "{}]}", runs);
            hostile(service, dir, "a number of a million digits", head + "{\"plannedSize\": " + "9".repeat(1_000_000) + "}}",
                    runs);
            hostile(service, dir, "20 MB of short Vietnamese strings (imported)", head + "{\"title\": \"Đoàn\", \"status\": "
                    + "\"DRAFT\", \"plannedSize\": 1, \"x\": [" + "\"Đắk Lắk – Lâm Đồng\",".repeat(20_000_000 / 32 - 10) + "\"\"]}}",
                    runs);
            String text = new String(sample, StandardCharsets.UTF_8);
            hostile(service, dir, "498 000 empty objects beside a delegation (imported)",
                    text.substring(0, text.lastIndexOf('}')) + ", \"x\": [" + "{},".repeat(498_000) + "{}]}", runs);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void measure(PackageService service, Path file, String what, int runs, double targetMs) {
        List<Long> times = new ArrayList<>();
        String refusal = "";
        for (int run = 0; run < runs + WARM_UP; run++) {
            long t0 = System.nanoTime();
            refusal = refusalOf(service, file);
            long t1 = System.nanoTime();
            if (run == 0) {
                System.out.printf(Locale.ROOT, "%s: refused with %s, first (cold) %.1f ms%n", what, refusal, (t1 - t0) / 1e6);
            } else if (run >= WARM_UP) {
                times.add(t1 - t0);
            }
        }
        BenchFigures.print("refusal of " + what, times, targetMs);
    }

    private static void hostile(PackageService service, Path dir, String what, String text, int runs) throws IOException {
        Path file = Files.writeString(dir.resolve("doc-hai.json"), text);
        List<Long> times = new ArrayList<>();
        long peak = 0;
        String outcome = "";
        for (int run = 0; run < runs + WARM_UP; run++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            outcome = outcomeOf(service, file);
            long t1 = System.nanoTime();
            peak = Math.max(peak, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
            if (run >= WARM_UP) {
                times.add(t1 - t0);
            }
        }
        System.out.printf(Locale.ROOT, "%s (%.1f MB): %s, heap peak %d MB%n", what, Files.size(file) / 1048576.0, outcome,
                peak >> 20);
        BenchFigures.print("hostile JSON: " + what, times, HOSTILE_TARGET_MS);
    }

    /** The keys of the refusal, or "imported". */
    private static String outcomeOf(PackageService service, Path file) {
        try {
            service.importPackage(file);
            return "imported";
        } catch (PackageException refused) {
            return refused.errors().stream().map(ValidationError::messageKey).toList().toString();
        }
    }

    /** The keys of the refusal; an import that is not refused is a broken benchmark, not a figure. */
    private static String refusalOf(PackageService service, Path file) {
        try {
            service.importPackage(file);
        } catch (PackageException refused) {
            return refused.errors().stream().map(ValidationError::messageKey).toList().toString();
        }
        throw new IllegalStateException(file + " was imported, not refused");
    }
}
