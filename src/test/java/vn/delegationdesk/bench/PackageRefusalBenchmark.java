package vn.delegationdesk.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
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
import vn.delegationdesk.exchange.PackageException;
import vn.delegationdesk.exchange.PackageService;
import vn.delegationdesk.testing.InMemoryDelegationRepository;

/**
 * How fast an import refuses a file that is no package (a main class, not a unit test; PackageImportRefusalTest
 * checks what is refused), warm, median of {@code --runs}:
 * <ul>
 *   <li>10 MB of random bytes: refused as not UTF-8 or not JSON (target: under 3 s);</li>
 *   <li>a 21 MB file, above the 20 MB limit: refused by its size before it is read (target: under 1 s).</li>
 * </ul>
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
