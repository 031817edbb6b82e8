package vn.delegationdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherFile;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.settlement.persistence.JdbcVoucherFileRepository;

/**
 * Voucher files in H2 (a main class, not a unit test), warm, median of {@code --runs}: a scan of {@code --mb} MB (20, the
 * limit) attached through {@link VoucherFiles} (the file read, its SHA-256, one insert), its bytes read back and saved
 * out to a file, and the list of a settlement holding {@code --files} files (which never reads their bytes). No target.
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.VoucherFileBenchmark --mb 20 --files 500 --runs 10
 * </pre>
 */
public final class VoucherFileBenchmark {
    private static final int WARM_UP = 3;

    private VoucherFileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = BenchFigures.intOption(args, "--mb", 20);
        int count = BenchFigures.intOption(args, "--files", 500);
        int runs = BenchFigures.intOption(args, "--runs", 10);
        Path dir = Files.createTempDirectory("voucher-file-bench");
        byte[] scan = new byte[megabytes * 1024 * 1024];
        new Random(16).nextBytes(scan);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, scan, 0, 9);
        Path source = Files.write(dir.resolve("scan.pdf"), scan);
        Path out = dir.resolve("out.pdf");
        try (Database store = Database.openStore(Files.createDirectory(dir.resolve("data")))) {
            long id = new JdbcDelegationRepository(store).insert(SampleDelegation.create());
            JdbcVoucherFileRepository repository = new JdbcVoucherFileRepository(store);
            VoucherFiles files = new VoucherFiles(repository, RoleGate.everyRole(() -> "bench"), Clock.systemUTC());
            byte[] small = Arrays.copyOf(scan, 200_000);
            for (int i = 0; i < count; i++) {
                repository.attach(id, "Nhà cung cấp " + i, "HD-" + i, "hoadon-" + i + ".pdf", "application/pdf", small, "bench",
                        Instant.now());
            }
            System.out.printf(Locale.ROOT, "Voucher files in H2: a %d MB scan; a settlement holding %d files of 200 kB;"
                    + " medians of %d after %d warm-up%n", megabytes, count, runs, WARM_UP);
            List<Long> attaches = new ArrayList<>();
            List<Long> reads = new ArrayList<>();
            List<Long> exports = new ArrayList<>();
            List<Long> lists = new ArrayList<>();
            for (int run = 0; run < runs + WARM_UP; run++) {
                Voucher voucher = new Voucher(VoucherKind.INVOICE, "R-" + run, LocalDate.of(2025, 10, 16), "Khách sạn", 1L);
                long start = System.nanoTime();
                VoucherFile file = files.attach(id, voucher, source);
                long attached = System.nanoTime();
                byte[] read = repository.content(file.id());
                long readBack = System.nanoTime();
                files.exportTo(file.id(), out);
                long exported = System.nanoTime();
                int listed = files.list(id).size();
                long done = System.nanoTime();
                if (!Arrays.equals(read, scan) || listed != count + 1) {
                    throw new IllegalStateException("the file read back differs, or the list has " + listed);
                }
                files.remove(file.id());
                if (run >= WARM_UP) {
                    attaches.add(attached - start);
                    reads.add(readBack - attached);
                    exports.add(exported - readBack);
                    lists.add(done - exported);
                }
            }
            BenchFigures.print("attach: the scan read, hashed and stored (one transaction)", attaches, Double.NaN);
            BenchFigures.print("content: the scan's bytes read back", reads, Double.NaN);
            BenchFigures.print("exportTo: read back and written to a file, replacing it", exports, Double.NaN);
            BenchFigures.print("list: the settlement's files without their bytes", lists, Double.NaN);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        System.exit(0);
    }
}
