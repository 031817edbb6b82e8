package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

class CommandLineAppTest {
    private static final String SAMPLE_TITLE_START = "Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế";

    @TempDir
    Path dir;

    private final CommandLineApp app = new CommandLineApp(
            new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), new Messages(), SampleDelegation::create);

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sampleThenListPrintsOneTabSeparatedLine() {
        Result sample = run("sample");
        assertThat(sample.status()).isZero();
        assertThat(sample.out()).isEqualTo("1\n".replace("\n", System.lineSeparator()));

        Result list = run("list");
        assertThat(list.status()).isZero();
        assertThat(list.err()).isEmpty();
        String[] fields = list.out().strip().split("\t");
        assertThat(fields).hasSize(5);
        assertThat(fields[0]).isEqualTo("1");
        assertThat(fields[1]).startsWith(SAMPLE_TITLE_START).endsWith("tại tỉnh Đắk Lắk và tỉnh Lâm Đồng");
        assertThat(fields[2]).isEqualTo("2025-10-14");
        assertThat(fields[3]).isEqualTo("2025-10-19");
        assertThat(fields[4]).isEqualTo("37/37");
    }

    @Test
    void estimatePrintsOneTabSeparatedLinePerBudgetLineThenTheTotalInWords() {
        run("sample");

        Result estimate = run("estimate", "1");

        assertThat(estimate.status()).isZero();
        List<String> lines = estimate.out().lines().toList();
        assertThat(lines).contains(String.join("\t", "II", "Phụ cấp lưu trú", "người", "37", "6", "300000", "66600000",
                "TT 40/2017 Đ6, sửa đổi bởi TT 12/2025"));
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1).length).isIn(8, 2, 1));
        // The sample has no quotations yet: its total is partial and says so; an unpriced line has no amount.
        assertThat(lines.get(lines.size() - 2)).isEqualTo("TỔNG CỘNG (tạm tính, chưa đủ đơn giá)\t66600000");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Bằng chữ (tạm tính, chưa đủ đơn giá): Sáu mươi sáu triệu sáu trăm nghìn đồng");
        assertThat(lines).anyMatch(line -> line.startsWith("I\tVé máy bay Hà Nội – Buôn Ma Thuột (hạng phổ thông)\tvé\t36\t1\t\t\t"));
        assertThat(estimate.err()).contains("Cần kiểm tra: Dòng I.1 «Vé máy bay Hà Nội – Buôn Ma Thuột (hạng phổ thông)»"
                + " chưa có đơn giá");
    }

    @Test
    void estimateCountsLodgingNightsWhereTheGroupSleeps() {
        run("sample");

        List<String> lodging = run("estimate", "1").out().lines().filter(line -> line.startsWith("III\t")).toList();

        // Sample 000 moves to Bình Thuận (Lâm Đồng) on the afternoon of 16/10: 2 nights in Đắk Lắk, 3 in Lâm Đồng.
        assertThat(lodging).isNotEmpty().allSatisfy(line -> {
            String[] fields = line.split("\t", -1);
            assertThat(fields[4]).as(line).isEqualTo(fields[1].contains("tại tỉnh Đắk Lắk") ? "2" : "3");
        });
        assertThat(lodging).anySatisfy(line -> assertThat(line).startsWith(
                "III\tPhòng nghỉ tiêu chuẩn 2 người/phòng tại tỉnh Đắk Lắk\tphòng\t18\t2\t"));
        assertThat(lodging).anySatisfy(line -> assertThat(line).startsWith(
                "III\tPhòng nghỉ tiêu chuẩn 2 người/phòng tại tỉnh Lâm Đồng\tphòng\t18\t3\t"));
        assertThat(run("estimate", "1").out()).contains(String.join("\t", "II", "Phụ cấp lưu trú", "người", "37", "6",
                "300000", "66600000"));
    }

    @Test
    void estimateWithXlsxWritesTheWorkbookWithTheSameTotal() throws Exception {
        run("sample");
        Path file = dir.resolve("du-toan.xlsx");

        Result written = run("estimate", "1", "--xlsx", file.toString());
        Result wrongOption = run("estimate", "1", "--pdf", file.toString());

        assertThat(written.status()).isZero();
        assertThat(written.out()).isEmpty();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter();
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (formatter.formatCellValue(cell, evaluator).equals("TỔNG CỘNG (tạm tính, chưa đủ đơn giá)")) {
                        Cell total = row.getCell(6);
                        assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                        assertThat(evaluator.evaluate(total).getNumberValue()).isEqualTo(66_600_000d);
                        found = true;
                    }
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(wrongOption.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(wrongOption.err()).contains("estimate ID [--xlsx FILE]");
    }

    @Test
    void emptyStoreListsNothing() {
        Result list = run("list");
        assertThat(list.status()).isZero();
        assertThat(list.out()).isEmpty();
    }

    @Test
    void sampleRoundTripsThroughTheStoreAndAPackageWithEveryFieldEqual() {
        Delegation sample = SampleDelegation.create();
        run("sample");
        Path file = dir.resolve("đoàn mẫu.json");

        assertThat(run("export", "1", file.toString()).status()).isZero();
        Result imported = run("import", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("2");

        try (AppServices services = StoreServices.open(dir.resolve("data"), new Messages())) {
            assertThat(services.delegations().find(1).orElseThrow()).isEqualTo(sample.withId(1L));
            assertThat(services.delegations().find(2).orElseThrow()).isEqualTo(sample.withId(2L));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void exportIntoAFolderNamesThePackageForTheTripAndPrintsWhereItWent() throws Exception {
        run("sample");
        Path folder = Files.createDirectories(dir.resolve("gửi Sở Tài chính"));

        Result exported = run("export", "1", folder.toString());

        Path file = folder.resolve("Goi-doan_Dak-Lak-Lam-Dong_10-2025.json");
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(exported.out().strip()).isEqualTo(file.toString());
        assertThat(Files.readString(file)).contains("\"plannedSize\": 37");
    }

    @Test
    void badPackageIsRefusedOnOneLineWithEveryErrorAndNothingIsWritten() throws Exception {
        run("sample");
        Path good = dir.resolve("good.json");
        run("export", "1", good.toString());
        String text = Files.readString(good)
                .replaceFirst("\"endDate\": \"2025-10-16\"", "\"endDate\": \"2025-10-13\"")
                .replaceFirst("\"plannedSize\": 37", "\"plannedSize\": \"ba mươi bảy\"");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);

        Result result = run("import", bad.toString());

        assertThat(result.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").contains("plannedSize").contains("; ")
                .contains("legs[0]").doesNotContain("Exception");
        assertThat(run("list").out().strip().split("\n")).hasSize(1);
    }

    @Test
    void unknownVersionIsRefusedByName() throws Exception {
        Path file = dir.resolve("v9.json");
        Files.writeString(file, "{\"format\": \"delegation-desk/package\", \"formatVersion\": 9, \"delegation\": {}}");

        Result result = run("import", file.toString());

        assertThat(result.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(result.err()).contains("phiên bản 9 không được hỗ trợ");
        assertThat(run("list").out()).isEmpty();
    }

    @Test
    void missingFileIsNamed() {
        Result result = run("import", dir.resolve("khong-co.json").toString());
        assertThat(result.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(result.err()).startsWith("Không tìm thấy tệp").contains("khong-co.json");
    }

    @Test
    void exportOfAnUnknownIdOrABadIdFailsWithoutWritingTheFile() {
        Path file = dir.resolve("out.json");

        Result unknown = run("export", "42", file.toString());
        Result bad = run("export", "abc", file.toString());

        assertThat(unknown.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(unknown.err()).contains("Không có đoàn công tác nào mang mã 42");
        assertThat(bad.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(bad.err()).contains("Mã đoàn \"abc\" không hợp lệ");
        assertThat(file).doesNotExist();
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        Result unknown = run("lits");
        Result missingOperand = run("export", "1");

        assertThat(unknown.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(unknown.err()).contains("Không có lệnh \"lits\"").contains("list, sample, import, export");
        assertThat(missingOperand.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(missingOperand.err()).contains("export ID FILE");
    }

    @Test
    void helpListsEveryCommand() {
        Result help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("list", "sample", "import FILE", "export ID FILE", "--data-dir");
    }

    @Test
    void dataDirOptionWithoutValueIsExplained() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(List.of("--data-dir", "--x", "list"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(CommandLineApp.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data-dir cần kèm theo đường dẫn");
    }
}
