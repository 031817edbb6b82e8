package vn.delegationdesk.budget.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateCalculator;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.EstimateWarning;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.ManualLine;
import vn.delegationdesk.budget.SectionKind;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleEstimates;

class EstimateWorkbookWriterTest {
    private static final String BLANK = EstimateWorkbookWriter.BLANK;
    private final Delegation seed = SampleDelegation.create();
    private final Estimate estimate = SampleEstimates.priced();
    private final EstimateWorkbookWriter writer = new EstimateWorkbookWriter();

    @TempDir
    Path dir;

    private XSSFWorkbook export(Estimate value, Delegation delegation) throws IOException {
        Path file = dir.resolve("du-toan.xlsx");
        writer.write(value, delegation, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void everyAmountIsAFormulaThatEvaluatesToTheEstimatesOwnFigure() throws IOException {
        assertThat(estimate.total()).isGreaterThan(200_000_000L);
        try (XSSFWorkbook workbook = export(estimate, seed)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int r = titleRow(sheet) + 1;
            for (EstimateSection section : estimate.sections()) {
                Row head = sheet.getRow(r++);
                assertThat(head.getCell(0).getStringCellValue()).isEqualTo(section.numeral());
                assertThat(head.getCell(1).getStringCellValue()).isEqualTo(section.title());
                Cell subtotal = head.getCell(EstimateWorkbookWriter.COL_AMOUNT);
                if (!section.lines().isEmpty()) {
                    assertThat(subtotal.getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(subtotal.getCellFormula()).contains("SUM(");
                }
                assertThat(value(evaluator, subtotal)).as("subtotal of %s", section.numeral()).isEqualTo(section.subtotal());
                for (int i = 0; i < section.lines().size(); i++) {
                    BudgetLine line = section.lines().get(i);
                    Row row = sheet.getRow(r++);
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.content());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo(line.unit());
                    assertThat((long) row.getCell(3).getNumericCellValue()).isEqualTo(line.quantity());
                    assertThat((long) row.getCell(4).getNumericCellValue()).isEqualTo(line.times());
                    Cell price = row.getCell(EstimateWorkbookWriter.COL_PRICE);
                    if (line.unitPrice() == null) {
                        assertThat(price.getStringCellValue()).isEqualTo("chưa có đơn giá");
                    } else {
                        assertThat((long) price.getNumericCellValue()).isEqualTo(line.unitPrice());
                    }
                    Cell amount = row.getCell(EstimateWorkbookWriter.COL_AMOUNT);
                    int excelRow = row.getRowNum() + 1;
                    assertThat(amount.getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(amount.getCellFormula()).isEqualTo("IF(ISNUMBER(F" + excelRow + "),D" + excelRow + "*E" + excelRow
                            + "*F" + excelRow + ",\"\")");
                    if (line.priced()) {
                        assertThat(value(evaluator, amount)).as("amount of %s", line.key()).isEqualTo(line.amount());
                    } else {
                        assertThat(evaluator.evaluate(amount).getStringValue()).as("amount of %s", line.key()).isEmpty();
                    }
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo(line.basis());
                }
            }
            Row total = sheet.getRow(r);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            Cell grand = total.getCell(EstimateWorkbookWriter.COL_AMOUNT);
            assertThat(grand.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(grand.getCellFormula()).doesNotContain(":");
            assertThat(value(evaluator, grand)).isEqualTo(estimate.total());
            assertThat(texts(sheet)).contains("Bằng chữ: " + estimate.totalInWords());
        }
    }

    @Test
    void storedValuesAreThereForViewersThatDoNotRecalculate() throws IOException {
        try (XSSFWorkbook workbook = export(estimate, seed)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            Row total = rowWith(sheet, "TỔNG CỘNG");
            assertThat((long) total.getCell(EstimateWorkbookWriter.COL_AMOUNT).getNumericCellValue()).isEqualTo(estimate.total());
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void headerNamesTheBodyThePlanTheDatesAndTheRates() throws IOException {
        try (XSSFWorkbook workbook = export(estimate, seed)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            List<String> texts = texts(sheet);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SỞ VĂN HÓA VÀ THỂ THAO");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(texts).contains("DỰ TOÁN KINH PHÍ", seed.title() + " (14/10/2025 – 19/10/2025)",
                    "(Kèm theo Kế hoạch số" + BLANK + "/KH-SVHTT ngày" + BLANK + "/" + BLANK + "/" + BLANK
                            + " của Sở Văn hóa và Thể thao)",
                    "Định mức áp dụng: Thông tư 12/2025/TT-BTC", "Đơn vị tính: đồng");
            Row titles = sheet.getRow(titleRow(sheet));
            List<String> columns = new ArrayList<>();
            titles.forEach(cell -> columns.add(cell.getStringCellValue()));
            assertThat(columns).containsExactly("STT", "Nội dung", "ĐVT", "Số lượng", "Số ngày/lần", "Đơn giá", "Thành tiền",
                    "Ghi chú");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:C1"), CellRangeAddress.valueOf("E1:H1"));
        }
    }

    @Test
    void aRegisteredPlanIsCitedWithItsNumberAndDate() throws IOException {
        Delegation numbered = seed.toBuilder()
                .document(new DocumentInfo("125", "KH-SVHTT", "Hà Nội", java.time.LocalDate.of(2025, 9, 30))).build();
        try (XSSFWorkbook workbook = export(estimate, numbered)) {
            List<String> texts = texts(workbook.getSheet(EstimateWorkbookWriter.SHEET));
            assertThat(texts).contains("(Kèm theo Kế hoạch số 125/KH-SVHTT ngày 30/09/2025 của Sở Văn hóa và Thể thao)",
                    "Hà Nội, ngày 30 tháng 9 năm 2025");
        }
    }

    @Test
    void signatureBlocksForPreparerAccountantAndTheHeadOfTheBody() throws IOException {
        try (XSSFWorkbook workbook = export(estimate, seed)) {
            List<String> texts = texts(workbook.getSheet(EstimateWorkbookWriter.SHEET));
            assertThat(texts).contains("NGƯỜI LẬP", "KẾ TOÁN", "GIÁM ĐỐC", "Bạch Liên Hương", "(Ký, họ tên)",
                    "(Ký, họ tên, đóng dấu)", "Hà Nội, ngày" + BLANK + "tháng" + BLANK + "năm" + BLANK);
        }
        Delegation deputy = seed.toBuilder().signer(new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn B")).build();
        try (XSSFWorkbook workbook = export(estimate, deputy)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            Row onBehalf = rowWith(sheet, "KT. GIÁM ĐỐC");
            assertThat(texts(sheet)).contains("PHÓ GIÁM ĐỐC", "Trần Văn B");
            assertThat(sheet.getRow(onBehalf.getRowNum() + 1).getCell(5).getStringCellValue()).isEqualTo("PHÓ GIÁM ĐỐC");
            assertThat(onBehalf.getCell(0).getStringCellValue()).isEqualTo("NGƯỜI LẬP");
        }
    }

    @Test
    void everyFigureIsShownWithThousandsSeparators() throws IOException {
        try (XSSFWorkbook workbook = export(estimate, seed)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            int checked = 0;
            for (int r = titleRow(sheet) + 1; r <= rowWith(sheet, "TỔNG CỘNG").getRowNum(); r++) {
                for (int c = EstimateWorkbookWriter.COL_QUANTITY; c <= EstimateWorkbookWriter.COL_AMOUNT; c++) {
                    Cell cell = sheet.getRow(r).getCell(c);
                    if (cell != null && cell.getCellType() != CellType.STRING && !underMergedTitle(sheet, cell)) {
                        assertThat(cell.getCellStyle().getDataFormatString()).as("format of %s", cell.getAddress())
                                .isEqualTo("#,##0");
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(100);
            Cell perDiem = rowWith(sheet, "Phụ cấp lưu trú", 1).getCell(EstimateWorkbookWriter.COL_AMOUNT);
            assertThat(new DataFormatter(java.util.Locale.US).formatCellValue(perDiem,
                    workbook.getCreationHelper().createFormulaEvaluator())).isEqualTo("66,600,000");
            assertThat(workbook.getFontAt(perDiem.getCellStyle().getFontIndex()).getFontName()).isEqualTo("Times New Roman");
        }
    }

    @Test
    void printsOnA4LandscapeOnePageWideWithTheColumnTitlesOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = export(estimate, seed)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            int titleRow = titleRow(sheet);
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(titleRow, titleRow, -1, -1));
            assertThat(sheet.getFooter().getCenter()).contains("&P");
            assertThat(workbook.getPrintArea(0)).contains("$A$1:$H$");
        }
    }

    @Test
    void pagesNeverEndOnASectionRowNorSplitTheTotalFromTheSignatures() throws IOException {
        try (XSSFWorkbook workbook = export(estimate, seed)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            int[] breaks = sheet.getRowBreaks();
            assertThat(breaks).isNotEmpty();
            int total = rowWith(sheet, "TỔNG CỘNG").getRowNum();
            for (int after : breaks) {
                Cell first = sheet.getRow(after).getCell(0);
                boolean sectionRow = first != null && first.getCellType() == CellType.STRING;
                assertThat(sectionRow).as("page ends after row %d, a section row", after + 1).isFalse();
                assertThat(after).as("page break inside the closing block").isLessThan(total - 1);
            }
        }
    }

    @Test
    void warningsAreNotPrintedOnTheSheetToSign() throws IOException {
        Estimate unpriced = EstimateCalculator.compute(seed, EstimateWorksheet.EMPTY, BuiltInRateSets.all());
        assertThat(unpriced.warnings()).isNotEmpty();
        Messages messages = new Messages();
        try (XSSFWorkbook workbook = export(unpriced, seed)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            List<String> texts = texts(workbook.getSheet(EstimateWorkbookWriter.SHEET));
            for (EstimateWarning warning : unpriced.warnings()) {
                assertThat(texts).doesNotContain(messages.get(warning.messageKey(), warning.args().toArray()));
            }
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Cell grand = rowWith(workbook.getSheet(EstimateWorkbookWriter.SHEET), "TỔNG CỘNG (tạm tính, chưa đủ đơn giá)")
                    .getCell(EstimateWorkbookWriter.COL_AMOUNT);
            assertThat(value(evaluator, grand)).isEqualTo(unpriced.total()).isEqualTo(66_600_000L);
        }
    }

    @Test
    void textsThatLookLikeFormulasArriveAsText() throws IOException {
        List<String> tricky = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+2", "-3*4", "@SUM(A1:A9)");
        List<ManualLine> lines = new ArrayList<>(SampleEstimates.pricedWorksheet().manualLines());
        for (int i = 0; i < tricky.size(); i++) {
            lines.add(new ManualLine("t" + i, SectionKind.OTHER.name(), tricky.get(i), tricky.get(i), 1, 1, 1_000L,
                    tricky.get(i)));
        }
        Estimate withTricks = EstimateCalculator.compute(seed, SampleEstimates.pricedWorksheet().withManualLines(lines),
                BuiltInRateSets.all());
        try (XSSFWorkbook workbook = export(withTricks, seed)) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            for (String text : tricky) {
                Row row = rowWith(sheet, text, 1);
                for (int c : new int[] {EstimateWorkbookWriter.COL_CONTENT, EstimateWorkbookWriter.COL_UNIT,
                    EstimateWorkbookWriter.COL_BASIS}) {
                    Cell cell = row.getCell(c);
                    assertThat(cell.getCellType()).as("type of %s", cell.getAddress()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(text);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            assertThat(workbook.getCreationHelper().createFormulaEvaluator().evaluate(
                    rowWith(sheet, "TỔNG CỘNG").getCell(EstimateWorkbookWriter.COL_AMOUNT)).getNumberValue())
                    .isEqualTo((double) withTricks.total());
            assertThat(rowWith(sheet, "Quà tặng đơn vị bạn", 1).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void aFolderThatDoesNotExistGivesTheVietnameseMessageAndNoFile() {
        Path target = dir.resolve("khong-co").resolve("du-toan.xlsx");

        EstimateExportException failure = catchThrowableOfType(EstimateExportException.class,
                () -> writer.write(estimate, seed, target));

        assertThat(failure.messageKey()).isEqualTo("budget.export.error.cannotWrite");
        assertThat(new Messages().describeFailure(failure, " "))
                .startsWith("Không ghi được tệp dự toán du-toan.xlsx (")
                .endsWith("tệp cũ (nếu có) vẫn giữ nguyên.");
        assertThat(target).doesNotExist();
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void aTargetThatCannotBeReplacedLeavesItAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("du-toan.xlsx");
        Files.createDirectory(target);
        Files.writeString(target.resolve("giu-nguyen.txt"), "x");

        assertThatThrownBy(() -> writer.write(estimate, seed, target)).isInstanceOf(EstimateExportException.class)
                .hasMessageContaining("budget.export.error.cannotWrite");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("du-toan.xlsx");
        }
        assertThat(target.resolve("giu-nguyen.txt")).hasContent("x");
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Path target = dir.resolve("du-toan.xlsx");
        Files.writeString(target, "cũ");
        writer.write(estimate, seed, target);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo(EstimateWorkbookWriter.SHEET);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void figuresAreExactDoublesOrRefused() {
        long limit = 1L << 53;
        assertThat(EstimateWorkbookWriter.exact(limit - 1)).isEqualTo((double) (limit - 1));
        assertThatThrownBy(() -> EstimateWorkbookWriter.exact(limit)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long value(FormulaEvaluator evaluator, Cell cell) {
        double number = cell.getCellType() == CellType.FORMULA ? evaluator.evaluate(cell).getNumberValue()
                : cell.getNumericCellValue();
        assertThat(number).isEqualTo(Math.rint(number));
        return (long) number;
    }

    /** A blank cell hidden under a section title that spans Nội dung to Đơn giá. */
    private static boolean underMergedTitle(Sheet sheet, Cell cell) {
        return cell.getCellType() == CellType.BLANK && sheet.getMergedRegions().stream()
                .anyMatch(region -> region.isInRange(cell) && region.getFirstColumn() == EstimateWorkbookWriter.COL_CONTENT);
    }

    private static int titleRow(Sheet sheet) {
        return rowWith(sheet, "STT").getRowNum();
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (shown(cell).equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static Row rowWith(Sheet sheet, String text, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && shown(cell).equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column);
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!shown(cell).isEmpty()) {
                    texts.add(shown(cell));
                }
            }
        }
        return texts;
    }

    /** The text a cell shows: its string, or the string its formula gave when the workbook was evaluated. */
    static String shown(Cell cell) {
        boolean text = cell.getCellType() == CellType.STRING
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING;
        return text ? cell.getStringCellValue() : "";
    }
}
