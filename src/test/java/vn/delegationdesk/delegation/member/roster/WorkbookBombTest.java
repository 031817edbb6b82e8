package vn.delegationdesk.delegation.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.testing.RawXlsx;
import vn.delegationdesk.testing.ZipBombs;

/**
 * Issue 20's workbook bombs: a member list inflating to at least 1 GB at compression ratios of 0.5 %, 1.5 % and 5 %,
 * in the sheet and in the shared strings, each read by {@link WorkbookReader} in a JVM of its own with
 * {@code -Xmx256m}: refused with the message naming the part and the limit within 10 s and 256 MB of heap.
 */
class WorkbookBombTest {
    private static final long GIGABYTE = 1024L * 1024 * 1024;
    private static final Pattern RESULT = Pattern.compile("key=(\\S+) ms=(\\d+) peakHeapMb=(\\d+) message=(.*)");

    @TempDir
    Path dir;

    @Test
    void bombsAtEveryRatioAreRefusedWithTheirMessageQuicklyAndInLittleHeap() throws Exception {
        List<ZipBombs.Bomb> bombs = new ArrayList<>();
        long written = System.nanoTime();
        bombs.add(sheetBomb("bom-bang-0,5.xlsx", 0.005));
        bombs.add(sharedStringsBomb("bom-chuoi-1,5.xlsx", 0.015));
        bombs.add(sheetBomb("bom-bang-1,5.xlsx", 0.015));
        bombs.add(sharedStringsBomb("bom-chuoi-5.xlsx", 0.05));
        System.out.printf(Locale.ROOT, "workbook bombs: %d files written in %d ms%n", bombs.size(),
                (System.nanoTime() - written) / 1_000_000);

        for (ZipBombs.Bomb bomb : bombs) {
            Matcher result = probe(bomb.file());
            System.out.printf(Locale.ROOT, "%-22s %s %.2f %% of %,d bytes: %s in %s ms, peak heap %s MB%n",
                    bomb.file().getFileName(), bomb.part(), 100 * bomb.ratio(), bomb.inflated(), result.group(1), result.group(2),
                    result.group(3));

            assertThat(bomb.inflated()).isGreaterThanOrEqualTo(GIGABYTE);
            assertThat(result.group(4)).isEqualTo("Tệp " + bomb.file().getFileName() + " có dữ liệu nén bất thường: phần "
                    + bomb.part() + " giải nén ra hơn 100 MB, nên không được mở (có thể là tệp độc hại). Hãy xin đơn vị gửi "
                    + "lại danh sách.");
            assertThat(Long.parseLong(result.group(2))).as("ms to refuse").isLessThanOrEqualTo(10_000);
            assertThat(Long.parseLong(result.group(3))).as("peak heap MB").isLessThanOrEqualTo(256);
        }
        assertThat(bombs).extracting(ZipBombs.Bomb::ratio).satisfiesExactly(
                ratio -> assertThat(ratio).isCloseTo(0.005, within(0.0005)),
                ratio -> assertThat(ratio).isCloseTo(0.015, within(0.0015)),
                ratio -> assertThat(ratio).isCloseTo(0.015, within(0.0015)),
                ratio -> assertThat(ratio).isCloseTo(0.05, within(0.005)));
    }

    @Test
    void partsEachUnderTheLimitAreRefusedForTheirTotal() throws Exception {
        Map<String, byte[]> parts = RawXlsx.parts(RawXlsx.sheet(RawXlsx.headerRow(), ""), null, null);
        ZipBombs.Bomb bomb = ZipBombs.write(dir.resolve("tong-lon.xlsx"), parts,
                List.of("xl/media/image1.bin", "xl/media/image2.bin", "xl/media/image3.bin"), "", "", 0.01, 95L * 1024 * 1024);

        Matcher result = probe(bomb.file());
        System.out.printf(Locale.ROOT, "%-22s 3 parts of %,d bytes at %.2f %%: %s in %s ms, peak heap %s MB%n",
                bomb.file().getFileName(), bomb.inflated(), 100 * bomb.ratio(), result.group(1), result.group(2), result.group(3));

        assertThat(bomb.inflated()).isLessThan(100L * 1024 * 1024);
        assertThat(result.group(4)).isEqualTo("Tệp tong-lon.xlsx có dữ liệu nén bất thường: giải nén ra hơn 256 MB, nên không "
                + "được mở (có thể là tệp độc hại). Hãy xin đơn vị gửi lại danh sách.");
        assertThat(Long.parseLong(result.group(2))).isLessThanOrEqualTo(10_000);
        assertThat(Long.parseLong(result.group(3))).isLessThanOrEqualTo(256);
    }

    @Test
    void sheetsEachUnderTheLimitsAreRefusedOnceTheXmlParsedPassesItsOwnLimit() throws Exception {
        Map<String, byte[]> parts = RawXlsx.skeleton(false, false);
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
        parts.put("xl/_rels/workbook.xml.rels", RawXlsx.utf8(rels.replace("</Relationships>", rels.substring(rels.indexOf("<Relationship "),
                rels.indexOf("</Relationships>")).replace("rId1", "rId9").replace("sheet1", "sheet2") + "</Relationships>")));
        String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
        parts.put("xl/workbook.xml", RawXlsx.utf8(workbook.replace("</sheets>", "<sheet name=\"Trang 2\" sheetId=\"2\" r:id=\"rId9\"/>"
                + "</sheets>")));
        String empty = RawXlsx.sheet("", "<extLst><ext>");
        int cut = empty.indexOf("</worksheet>");
        ZipBombs.Bomb bomb = ZipBombs.write(dir.resolve("hai-trang.xlsx"), parts,
                List.of(RawXlsx.SHEET_PART, "xl/worksheets/sheet2.xml"), empty.substring(0, cut), "</ext></extLst></worksheet>", 0.01,
                70L * 1024 * 1024);

        Matcher result = probe(bomb.file());
        System.out.printf(Locale.ROOT, "%-22s 2 sheets of %,d bytes at %.2f %%: %s in %s ms, peak heap %s MB%n",
                bomb.file().getFileName(), bomb.inflated(), 100 * bomb.ratio(), result.group(1), result.group(2), result.group(3));

        assertThat(result.group(4)).isEqualTo("Tệp hai-trang.xlsx có dữ liệu nén bất thường: giải nén ra hơn 128 MB, nên không "
                + "được mở (có thể là tệp độc hại). Hãy xin đơn vị gửi lại danh sách.");
        assertThat(Long.parseLong(result.group(2))).isLessThanOrEqualTo(10_000);
        assertThat(Long.parseLong(result.group(3))).isLessThanOrEqualTo(256);
    }

    private ZipBombs.Bomb sheetBomb(String name, double ratio) throws IOException {
        String sheet = RawXlsx.sheet(RawXlsx.headerRow() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", "");
        int cut = sheet.indexOf("</sheetData>");
        return ZipBombs.write(dir.resolve(name), RawXlsx.skeleton(false, false), RawXlsx.SHEET_PART, sheet.substring(0, cut),
                "</t></is></c></row>" + sheet.substring(cut), ratio, GIGABYTE);
    }

    private ZipBombs.Bomb sharedStringsBomb(String name, double ratio) throws IOException {
        Map<String, byte[]> parts = RawXlsx.skeleton(true, false);
        parts.put(RawXlsx.SHEET_PART, RawXlsx.utf8(RawXlsx.sheet(RawXlsx.headerRow()
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", "")));
        String strings = RawXlsx.sharedStrings("<si><t>");
        int cut = strings.indexOf("</sst>");
        return ZipBombs.write(dir.resolve(name), parts, RawXlsx.SHARED_STRINGS_PART, strings.substring(0, cut),
                "</t></si>" + strings.substring(cut), ratio, GIGABYTE);
    }

    /** Runs {@link WorkbookBombProbe} on {@code file} in a JVM of its own with a 256 MB heap. */
    static Matcher probe(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), WorkbookBombProbe.class.getName(),
                file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Matcher result = output.lines().map(RESULT::matcher).filter(Matcher::matches).findFirst().orElse(null);
        assertThat(result).as("the probe's output:%n%s", output).isNotNull();
        return result;
    }
}
