package vn.delegationdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.delegationdesk.conferencedesk.importing.DelegateField;
import vn.delegationdesk.conferencedesk.importing.DelegateImportPreview;
import vn.delegationdesk.conferencedesk.importing.DelegateImporter;
import vn.delegationdesk.conferencedesk.importing.DelegateWorkbooks;
import vn.delegationdesk.delegation.member.roster.FieldColumns;
import vn.delegationdesk.delegation.member.roster.RosterSheet;

/**
 * The delegate import of a {@code --rows}-row workbook (5,000 by default, half the reader's limit), warm, median of
 * {@code --runs}: reading the file ({@link DelegateImporter#read}) and making the preview the dialog shows
 * ({@link DelegateImporter#preview}, every row checked and the duplicates looked for against the list). No target of its
 * own; the member import, read the same way, has none either. No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.delegationdesk.bench.DelegateImportBenchmark --runs 5
 * </pre>
 */
public final class DelegateImportBenchmark {
    private static volatile long sink;

    private DelegateImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = BenchFigures.intOption(args, "--rows", 5_000);
        int runs = BenchFigures.intOption(args, "--runs", 5);
        Path dir = Files.createTempDirectory("delegate-import-bench");
        Path file = DelegateWorkbooks.delegates(rows).save(dir.resolve("dai-bieu.xlsx"));
        DelegateImporter importer = new DelegateImporter();
        List<Long> reads = new ArrayList<>();
        List<Long> previews = new ArrayList<>();
        int warmups = 2;
        for (int run = 0; run < runs + warmups; run++) {
            long t0 = System.nanoTime();
            RosterSheet sheet = importer.read(file);
            long t1 = System.nanoTime();
            FieldColumns<DelegateField> mapping = importer.guessMapping(sheet);
            DelegateImportPreview preview = importer.preview(sheet, mapping, "hn-1", List.of());
            long t2 = System.nanoTime();
            sink += preview.accepted().size();
            if (run >= warmups) {
                reads.add(t1 - t0);
                previews.add(t2 - t1);
            }
        }
        System.out.printf(Locale.ROOT, "%d-row delegate workbook: %,d bytes%n", rows, Files.size(file));
        BenchFigures.print("read (DelegateImporter.read), " + rows + " rows", reads, Double.NaN);
        BenchFigures.print("mapping + preview (DelegateImporter.preview), " + rows + " rows", previews, Double.NaN);
        try {
            Files.delete(file);
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.exit(0);
    }
}
