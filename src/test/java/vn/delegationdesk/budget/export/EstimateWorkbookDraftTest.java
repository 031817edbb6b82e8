package vn.delegationdesk.budget.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * The exported sheet read back with POI as the clerk sees it, before and after typing in Excel: a draft while
 * prices are missing, amounts that follow a typed price, and words that never outlive the total they were written for.
 */
class EstimateWorkbookDraftTest {
    private static final String MARK = "DỰ THẢO – còn 18 dòng chưa có đơn giá";
    private static final String PARTIAL = "TỔNG CỘNG (tạm tính, chưa đủ đơn giá)";
    private static final String STALE = "Tổng đã thay đổi: viết lại số tiền bằng chữ";
    private final DataFormatter formatter = new DataFormatter(Locale.US);

    @TempDir
    Path dir;

    @Test
    void withoutPricesTheSheetIsADraftWithBlankAmountsAndAPartialTotal() throws IOException {
        try (XSSFWorkbook workbook = export(SampleEstimates.unpriced())) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(row(sheet, MARK, evaluator).getRowNum()).as("over the title").isLessThan(row(sheet, "DỰ TOÁN KINH PHÍ",
                    evaluator).getRowNum());
            Row flight = row(sheet, "Vé máy bay Hà Nội – Buôn Ma Thuột (hạng phổ thông)", evaluator);
            assertThat(shown(flight.getCell(EstimateWorkbookWriter.COL_PRICE), evaluator)).isEqualTo("chưa có đơn giá");
            assertThat(shown(flight.getCell(EstimateWorkbookWriter.COL_AMOUNT), evaluator)).isEmpty();
            assertThat(flight.getCell(EstimateWorkbookWriter.COL_AMOUNT).getCellType()).isEqualTo(CellType.FORMULA);
            Row total = row(sheet, PARTIAL, evaluator);
            assertThat(shown(total.getCell(EstimateWorkbookWriter.COL_AMOUNT), evaluator)).isEqualTo("66,600,000");
            assertThat(texts(sheet, evaluator)).contains("Bằng chữ (tạm tính, chưa đủ đơn giá): Sáu mươi sáu triệu sáu trăm nghìn đồng")
                    .doesNotContain("TỔNG CỘNG").noneMatch(t -> t.startsWith("Bằng chữ: "));
            long zeros = 0;
            for (Row row : sheet) {
                Cell amount = row.getCell(EstimateWorkbookWriter.COL_AMOUNT);
                zeros += amount != null && shown(amount, evaluator).equals("0") ? 1 : 0;
            }
            // The meal support for nobody (rate known, 2 lines), their sections (IV, V) and the empty "Chi khác": nothing unpriced.
            assertThat(zeros).isEqualTo(5);
            assertThat(shown(row(sheet, "Chi phí đi lại", evaluator).getCell(EstimateWorkbookWriter.COL_AMOUNT), evaluator)).isEmpty();
        }
    }

    @Test
    void typingAPriceInExcelGivesTheLineItsAmountAndCountsDownTheMark() throws IOException {
        try (XSSFWorkbook workbook = export(SampleEstimates.unpriced())) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row car = row(sheet, "Thuê xe ô tô phục vụ đoàn", evaluator);
            car.getCell(EstimateWorkbookWriter.COL_PRICE).setCellValue(3_500_000);
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertThat(shown(car.getCell(EstimateWorkbookWriter.COL_AMOUNT), evaluator)).isEqualTo("21,000,000");
            assertThat(texts(sheet, evaluator)).contains("DỰ THẢO – còn 17 dòng chưa có đơn giá", STALE)
                    .noneMatch(t -> t.contains("Sáu mươi sáu triệu"));
            assertThat(shown(row(sheet, PARTIAL, evaluator).getCell(EstimateWorkbookWriter.COL_AMOUNT), evaluator))
                    .isEqualTo("87,600,000");
        }
    }

    @Test
    void withEveryPriceTheMarkIsGoneAndTheWordsStayWhileTheTotalIsUnchanged() throws IOException {
        try (XSSFWorkbook workbook = export(SampleEstimates.priced())) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            List<String> texts = texts(sheet, evaluator);
            assertThat(texts).noneMatch(t -> t.contains("DỰ THẢO") || t.contains("tạm tính"))
                    .contains("TỔNG CỘNG", "Bằng chữ: Bốn trăm ba mươi ba triệu bốn trăm mười nghìn đồng").doesNotContain(STALE);
        }
    }

    @Test
    void aChangedPriceTurnsTheWordsIntoARequestToRewriteThem() throws IOException {
        try (XSSFWorkbook workbook = export(SampleEstimates.priced())) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            row(sheet, "Thuê xe ô tô phục vụ đoàn", evaluator).getCell(EstimateWorkbookWriter.COL_PRICE).setCellValue(4_000_000);
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertThat(texts(sheet, evaluator)).contains(STALE, "TỔNG CỘNG").noneMatch(t -> t.startsWith("Bằng chữ"));
            assertThat(shown(row(sheet, "TỔNG CỘNG", evaluator).getCell(EstimateWorkbookWriter.COL_AMOUNT), evaluator))
                    .isEqualTo("436,410,000");
        }
    }

    @Test
    void aPriceDeletedInExcelMakesTheSheetADraftAgain() throws IOException {
        try (XSSFWorkbook workbook = export(SampleEstimates.priced())) {
            Sheet sheet = workbook.getSheet(EstimateWorkbookWriter.SHEET);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row car = row(sheet, "Thuê xe ô tô phục vụ đoàn", evaluator);
            car.getCell(EstimateWorkbookWriter.COL_PRICE).setBlank();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertThat(shown(car.getCell(EstimateWorkbookWriter.COL_AMOUNT), evaluator)).isEmpty();
            assertThat(texts(sheet, evaluator)).contains("DỰ THẢO – còn 1 dòng chưa có đơn giá", PARTIAL, STALE);
        }
    }

    private XSSFWorkbook export(Estimate estimate) throws IOException {
        Path file = dir.resolve("du-toan.xlsx");
        new EstimateWorkbookWriter().write(estimate, SampleDelegation.create(), file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private String shown(Cell cell, FormulaEvaluator evaluator) {
        return formatter.formatCellValue(cell, evaluator);
    }

    private Row row(Sheet sheet, String text, FormulaEvaluator evaluator) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (shown(cell, evaluator).equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private List<String> texts(Sheet sheet, FormulaEvaluator evaluator) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = shown(cell, evaluator);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }
}
