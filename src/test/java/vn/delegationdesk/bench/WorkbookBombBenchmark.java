package vn.delegationdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.delegation.member.roster.RosterSheet;
import vn.delegationdesk.delegation.member.roster.WorkbookBombProbe;
import vn.delegationdesk.delegation.member.roster.WorkbookReader;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.testing.RawXlsx;
import vn.delegationdesk.testing.ZipBombs;

/**
 * What hostile and large member workbooks cost the streaming reader (a main class, not a unit test; WorkbookBombTest
 * and WorkbookLimitsTest check the refusals):
 * <ul>
 *   <li>each bomb (1 GB at 0.5 %, 1.5 % and 5 %; three 95 MB parts) read in a JVM of its own with {@code -Xmx256m}:
 *       the outcome, the time to refuse (median of {@code --runs}; target under 10 s) and the peak heap (target
 *       under 256 MB);</li>
 *   <li>the largest sheet the limits accept (1,000,000 cells of distinct numbers) the same way;</li>
 *   <li>a normal 2,000-row member list, warm, in this JVM: the streaming read against POI's usermodel merely opening
 *       the workbook and visiting every cell (what the reader did before, without its own work).</li>
 * </ul>
 * No display needed:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.delegationdesk.bench.WorkbookBombBenchmark --runs 5
 * </pre>
 */
public final class WorkbookBombBenchmark {
    private static final long GIGABYTE = 1024L * 1024 * 1024;
    private static final double REFUSAL_TARGET_MS = 10_000;

    private WorkbookBombBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = BenchFigures.intOption(args, "--runs", 5);
        Path dir = Files.createTempDirectory("dd-workbook-bench");
        try {
            String sheet = RawXlsx.sheet(RawXlsx.headerRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", "");
            int cut = sheet.indexOf("</sheetData>");
            Map<String, byte[]> sheetSkeleton = RawXlsx.skeleton(false, false);
            String tail = "</t></is></c></row>" + sheet.substring(cut);
            probe(ZipBombs.write(dir.resolve("sheet-0.5.xlsx"), sheetSkeleton, RawXlsx.SHEET_PART, sheet.substring(0, cut), tail,
                    0.005, GIGABYTE), runs);
            Map<String, byte[]> withStrings = RawXlsx.skeleton(true, false);
            withStrings.put(RawXlsx.SHEET_PART, RawXlsx.utf8(RawXlsx.sheet(RawXlsx.headerRow()
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", "")));
            String strings = RawXlsx.sharedStrings("<si><t>");
            int end = strings.indexOf("</sst>");
            probe(ZipBombs.write(dir.resolve("strings-1.5.xlsx"), withStrings, RawXlsx.SHARED_STRINGS_PART,
                    strings.substring(0, end), "</t></si>" + strings.substring(end), 0.015, GIGABYTE), runs);
            probe(ZipBombs.write(dir.resolve("sheet-5.xlsx"), sheetSkeleton, RawXlsx.SHEET_PART, sheet.substring(0, cut), tail,
                    0.05, GIGABYTE), runs);
            probe(ZipBombs.write(dir.resolve("parts-3x95MB.xlsx"), RawXlsx.parts(RawXlsx.sheet(RawXlsx.headerRow(), ""), null, null),
                    List.of("xl/media/a.bin", "xl/media/b.bin", "xl/media/c.bin"), "", "", 0.01, 95L * 1024 * 1024), runs);
            probe(largestAccepted(dir.resolve("million-cells.xlsx")), "largest accepted sheet (1,000,000 number cells)", runs);

            Path roster = Workbooks.members(2000).save(dir.resolve("2000.xlsx"));
            List<Long> streaming = new ArrayList<>();
            List<Long> usermodel = new ArrayList<>();
            int rows = 0;
            for (int run = 0; run < runs + 3; run++) {
                long t0 = System.nanoTime();
                RosterSheet read = new WorkbookReader().read(roster);
                long t1 = System.nanoTime();
                int cells = visitEveryCell(roster);
                long t2 = System.nanoTime();
                rows = read.rows().size() + cells * 0;
                if (run >= 3) {
                    streaming.add(t1 - t0);
                    usermodel.add(t2 - t1);
                }
            }
            BenchFigures.print("2,000-row member list (" + rows + " rows): streaming read", streaming, Double.NaN);
            BenchFigures.print("2,000-row member list: POI usermodel open + visit every cell", usermodel, Double.NaN);
            probe(roster, "2,000-row member list", 1);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void probe(ZipBombs.Bomb bomb, int runs) throws IOException, InterruptedException {
        probe(bomb.file(), String.format(Locale.ROOT, "%s: %s %,d bytes at %.2f %%", bomb.file().getFileName(), bomb.part(),
                bomb.inflated(), 100 * bomb.ratio()), runs);
    }

    /** Runs WorkbookBombProbe {@code runs} times with -Xmx256m; prints the outcome, the times and the highest peak. */
    private static void probe(Path file, String what, int runs) throws IOException, InterruptedException {
        List<Long> times = new ArrayList<>();
        long peak = 0;
        String key = "";
        for (int run = 0; run < runs; run++) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), WorkbookBombProbe.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(120, TimeUnit.SECONDS);
            String line = output.lines().filter(l -> l.startsWith("key=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("probe said: " + output));
            String[] fields = line.split(" ", 4);
            key = fields[0].substring(4);
            times.add(Long.parseLong(fields[1].substring(3)) * 1_000_000);
            peak = Math.max(peak, Long.parseLong(fields[2].substring(11)));
        }
        System.out.printf(Locale.ROOT, "%s%n    -> %s, peak heap %d MB (target <= 256 MB: %s)%n", what, key, peak,
                peak <= 256 ? "met" : "MISSED");
        BenchFigures.print("    time to read or refuse, -Xmx256m", times, REFUSAL_TARGET_MS);
    }

    /** 10,000 rows of 100 distinct numbers: exactly the most cells a sheet may have. */
    private static Path largestAccepted(Path file) throws IOException {
        StringBuilder rows = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < 100; c++) {
            rows.append(RawXlsx.inline(RosterSheet.columnLetter(c) + "1", "Cột " + c));
        }
        rows.append("</row>");
        for (int r = 2; r <= 10_000; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < 100; c++) {
                rows.append("<c><v>").append(r * 1000L + c).append("</v></c>");
            }
            rows.append("</row>");
        }
        return RawXlsx.write(file, RawXlsx.parts(RawXlsx.sheet(rows, ""), null, null));
    }

    private static int visitEveryCell(Path file) throws IOException {
        int cells = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    cells += cell.toString().isEmpty() ? 0 : 1;
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        return cells;
    }
}
