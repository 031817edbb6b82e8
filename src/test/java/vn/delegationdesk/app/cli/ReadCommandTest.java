package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.reading.source.pdf.SeedPdf;
import vn.delegationdesk.sample.SampleDelegation;

/** {@code read FILE [--as delegation|plan]}: what it prints, what it stores, what it refuses. */
class ReadCommandTest {
    private static final String NOVEL = "Chương một\n\nTrời đã về chiều. Con đường làng vắng lặng, chỉ còn tiếng gió thổi qua "
            + "rặng tre.\nBà cụ ngồi bên hiên, nhớ về những ngày xưa cũ, khi các con còn nhỏ.\n";

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        CommandLineApp app = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")),
                new Messages(), SampleDelegation::create, Map.of());
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String seedText(String number) throws IOException {
        try (InputStream in = ReadCommandTest.class.getResourceAsStream("/vn/delegationdesk/reading/seed-" + number + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path seedFile(String number) throws IOException {
        return Files.writeString(dir.resolve("seed-" + number + ".txt"), seedText(number));
    }

    /** The seed as a Word document: a paragraph per non-blank line, the markdown bold made Word's bold. */
    private Path seedDocx(String number) throws IOException {
        Path file = dir.resolve("Ke hoach " + number + ".docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : seedText(number).split("\\R")) {
                if (!line.isBlank()) {
                    XWPFRun run = doc.createParagraph().createRun();
                    run.setText(line.replace("**", ""));
                    run.setBold(line.startsWith("**") || line.endsWith("**"));
                }
            }
            doc.write(out);
        }
        return file;
    }

    @Test
    void seed001AsTextPrintsItsCountsGapsAndUnplacedPassagesThenStoresThePlan() throws IOException {
        Result read = run("read", seedFile("001").toString());

        assertThat(read.status()).as(read.err()).isZero();
        List<String> lines = read.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Đã đọc seed-001.txt như một kế hoạch. Kế hoạch: 13 nhiệm vụ, 15 chỉ tiêu, 1 kỳ báo cáo, "
                + "2 căn cứ, 8 nơi nhận.");
        assertThat(lines).contains("  - Số văn bản: văn bản gốc để trống số; nhập khi văn bản được cấp số.",
                "  Đoạn 14: II. MỤC TIÊU NĂM 2026");
        assertThat(lines.get(1)).startsWith("Cần hoàn thiện hoặc kiểm tra (");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Đã lưu kế hoạch (bản nháp cần hoàn thiện), mã kế hoạch: 1");

        Result plans = run("plans");
        assertThat(plans.out().lines()).containsExactly(String.join("\t", "1", "/KH-UBND", "Triển khai thực hiện các nhiệm vụ chiến "
                + "lược phát triển các ngành công nghiệp văn hóa năm 2026 trên địa bàn tỉnh Lào Cai", "2026-01-01", "2026-12-31", "13",
                "0"));
    }

    @Test
    void seed003AsWordDocumentIsTakenForAPlanByItsContentAndStored() throws IOException {
        Result read = run("read", seedDocx("003").toString());

        assertThat(read.status()).as(read.err()).isZero();
        assertThat(read.out()).startsWith("Đã đọc Ke hoach 003.docx như một kế hoạch. Kế hoạch: 3 nhiệm vụ, 0 chỉ tiêu, 2 kỳ báo cáo, "
                + "2 căn cứ, 9 nơi nhận.");
        assertThat(read.out()).contains("  - Nhiệm vụ 2: đơn vị chủ trì \"Sở Văn hóa, Thể thao và Du lịch\" lấy từ mục Tổ chức thực hiện");
        assertThat(read.out().lines().reduce((a, b) -> b).orElseThrow()).isEqualTo(
                "Đã lưu kế hoạch (bản nháp cần hoàn thiện), mã kế hoạch: 1");
        assertThat(run("plans").out()).startsWith("1\t/KH-UBND\tThực hiện Quyết định số 2640/QĐ-TTg");
    }

    @Test
    void seed000AsPdfIsTakenForADelegationsPlanByItsContentAndStored() throws IOException {
        Path pdf = dir.resolve("Ke hoach doan.pdf");
        SeedPdf.write(pdf, seedText("000").lines().toList(), true);

        Result read = run("read", pdf.toString());

        assertThat(read.status()).as(read.err()).isEqualTo(CommandLineApp.OK);
        List<String> lines = read.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Đã đọc Ke hoach doan.pdf như một kế hoạch tổ chức đoàn công tác. Đoàn: 2 chặng, 4 nhóm "
                + "thành phần, 37 chỗ, 6 ngày trong chương trình, 11 hoạt động, 2 hội nghị, 4 phần việc giao đơn vị.");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Đã lưu đoàn công tác ở trạng thái dự thảo, mã đoàn: 1");
    }

    @Test
    void seed000AsDelegationPrintsTheDelegationCountsItsGapsOnceEachAndStoresADraft() throws IOException {
        Result read = run("read", seedFile("000").toString(), "--as", "delegation");

        assertThat(read.status()).isEqualTo(CommandLineApp.OK);
        List<String> lines = read.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Đã đọc seed-000.txt như một kế hoạch tổ chức đoàn công tác. Đoàn: 2 chặng, 4 nhóm "
                + "thành phần, 37 chỗ, 6 ngày trong chương trình, 11 hoạt động, 2 hội nghị, 4 phần việc giao đơn vị.");
        assertThat(lines).contains("  - Đã sửa lỗi gõ «quản bá các các» thành «quảng bá các» (3 chỗ).",
                "  - Đã sửa lỗi gõ «Buôn Mê Thuột» thành «Buôn Ma Thuột».");
        assertThat(lines).filteredOn(line -> line.startsWith("  Đoạn ")).hasSize(6)
                .allMatch(line -> line.startsWith("  Đoạn 22"), "only the closing «Trên đây là…» paragraph is not placed");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Đã lưu đoàn công tác ở trạng thái dự thảo, mã đoàn: 1");
        assertThat(run("list").out()).startsWith("1\t").contains("Tổ chức Đoàn khảo sát trao đổi");
    }

    @Test
    void anOldWordFileAnEmptyFileAndANovelAreRefusedWithTheirReasonAndStoreNothing() throws IOException {
        Result doc = run("read", Files.write(dir.resolve("ke-hoach.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})
                .toString());
        assertThat(doc.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(doc.err().strip()).isEqualTo("Tệp ke-hoach.doc là văn bản Word 97–2003 (.doc), chưa đọc được: hãy mở bằng Word "
                + "và lưu thành .docx.");

        Result empty = run("read", Files.writeString(dir.resolve("trong.txt"), "").toString());
        assertThat(empty.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(empty.err().strip()).isEqualTo("Tệp trong.txt không có đoạn chữ nào để đọc.");

        Result novel = run("read", Files.writeString(dir.resolve("truyen.txt"), NOVEL).toString());
        assertThat(novel.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(novel.err()).startsWith("Không nhận ra tệp truyen.txt là loại văn bản nào").contains("--as plan");
        assertThat(novel.out()).isEmpty();

        Result pdf = run("read", Files.writeString(dir.resolve("ke-hoach.pdf"), seedText("000")).toString());
        assertThat(pdf.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(pdf.err().strip()).isEqualTo("Tệp ke-hoach.pdf là một văn bản thuần (chữ không định dạng), không phải tệp PDF nên "
                + "không đọc được; hãy đặt lại đuôi tệp đúng với loại tệp rồi mở lại.");

        assertThat(run("plans").out()).isEmpty();
        assertThat(run("list").out()).isEmpty();
    }

    @Test
    void aNovelReadAsAPlanFailsTheValidatorAndStoresNothing() throws IOException {
        Result read = run("read", Files.writeString(dir.resolve("truyen.txt"), NOVEL).toString(), "--as=plan");

        assertThat(read.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(read.out()).startsWith("Đã đọc truyen.txt như một kế hoạch. Kế hoạch: 0 nhiệm vụ").contains("  Đoạn 1: Chương một");
        assertThat(read.err()).contains("Tên kế hoạch");
        assertThat(run("plans").out()).isEmpty();
    }

    @Test
    void anUnknownKindIsAUsageError() throws IOException {
        Result read = run("read", seedFile("001").toString(), "--as", "novel");

        assertThat(read.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(read.err().strip()).isEqualTo("Tùy chọn --as chỉ nhận plan (kế hoạch) hoặc delegation (kế hoạch tổ chức đoàn công "
                + "tác), không nhận \"novel\".");
        assertThat(run("read").err()).contains("read FILE [--as delegation|plan]");
    }
}
