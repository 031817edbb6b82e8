package vn.delegationdesk.platform.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit and name rule of {@link GuardedZip}, with small limits so that small files pass them. */
class GuardedZipTest {
    private static final ZipLimits SMALL = new ZipLimits(3, 1_000, 1_500);

    @TempDir
    Path dir;

    @Test
    void anArchiveWithinTheLimitsOpensAndItsEntriesAreFoundWhateverTheirCase() throws IOException {
        Path file = zip("ok.zip", Map.of("xl/workbook.xml", 900, "a.txt", 500));

        try (GuardedZip zip = GuardedZip.open(file, SMALL); InputStream in = zip.open("XL/Workbook.xml")) {
            assertThat(zip.find("XL/WORKBOOK.XML")).contains("xl/workbook.xml");
            assertThat(zip.find("xl/other.xml")).isEmpty();
            assertThat(in.readAllBytes()).hasSize(900);
        }
    }

    @Test
    void eachLimitIsRefusedWithItsReasonAndEntry() throws IOException {
        assertThat(refusal(zip("many.zip", Map.of("a", 1, "b", 1, "c", 1, "d", 1)))).extracting(ZipRefusal::reason)
                .isEqualTo(ZipRefusal.Reason.TOO_MANY_ENTRIES);
        ZipRefusal large = refusal(zip("large.zip", Map.of("xl/worksheets/sheet1.xml", 1_001)));
        assertThat(large.reason()).isEqualTo(ZipRefusal.Reason.ENTRY_TOO_LARGE);
        assertThat(large.entryName()).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(refusal(zip("total.zip", Map.of("a", 800, "b", 800))).reason()).isEqualTo(ZipRefusal.Reason.TOTAL_TOO_LARGE);
    }

    @Test
    void namesThatClimbOutAreAbsoluteOrComeTwiceAreRefused() throws IOException {
        for (String name : new String[] {"../x", "a/../../x", "/etc/x", "C:/x", "a\\..\\..\\x"}) {
            ZipRefusal refusal = refusal(zip("name.zip", Map.of(name, 1)));
            assertThat(refusal.reason()).as(name).isEqualTo(ZipRefusal.Reason.UNSAFE_NAME);
            assertThat(refusal.entryName()).isEqualTo(name);
        }
        assertThat(refusal(zip("twice.zip", Map.of("A.xml", 1, "a.XML", 1))).reason()).isEqualTo(ZipRefusal.Reason.DUPLICATE_NAME);
        try (GuardedZip zip = GuardedZip.open(zip("dots.zip", Map.of("a..b/c..xml", 1)), SMALL)) {
            assertThat(zip.find("a..b/c..xml")).isPresent();
        }
    }

    @Test
    void aTruncatedOrEmptyArchiveIsNoZip() throws IOException {
        byte[] whole = Files.readAllBytes(zip("whole.zip", Map.of("a", 900, "b", 500)));
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, whole.length / 2));
        Path empty = dir.resolve("empty.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(empty))) {
            out.finish();
        }

        assertThat(catchThrowableOfType(ZipException.class, () -> GuardedZip.open(cut, SMALL))).isNotNull();
        assertThat(catchThrowableOfType(ZipException.class, () -> GuardedZip.open(empty, SMALL))).hasMessage("no entries");
    }

    private ZipRefusal refusal(Path file) {
        ZipRefusal refusal = catchThrowableOfType(ZipRefusal.class, () -> GuardedZip.open(file, SMALL).close());
        assertThat(refusal).as(file.toString()).isNotNull();
        return refusal;
    }

    /** Entries of the given sizes, each the letter x repeated (so they deflate far below their size). */
    private Path zip(String name, Map<String, Integer> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, Integer> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write("x".repeat(entry.getValue()).getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return file;
    }
}
