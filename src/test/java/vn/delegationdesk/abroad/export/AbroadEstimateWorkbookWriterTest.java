package vn.delegationdesk.abroad.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.abroad.AbroadEstimate;
import vn.delegationdesk.abroad.AbroadEstimateCalculator;
import vn.delegationdesk.abroad.AbroadLine;
import vn.delegationdesk.abroad.AbroadSection;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.WorkingNotes;
import vn.delegationdesk.sample.SampleOutbound;

class AbroadEstimateWorkbookWriterTest {
    private final AbroadEstimateWorkbookWriter writer = new AbroadEstimateWorkbookWriter(WorkingNotes::remove);
    private final Delegation delegation = SampleOutbound.delegation();
    private final OutboundPlan plan = SampleOutbound.plan();

    @TempDir
    Path dir;

    private XSSFWorkbook export(AbroadEstimate estimate) throws IOException {
        Path file = dir.resolve(AbroadEstimateWorkbookWriter.fileName(delegation, plan, estimate));
        writer.write(delegation, plan, estimate, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theSampleIsNamedForPeople() {
        assertThat(AbroadEstimateWorkbookWriter.fileName(delegation, plan, SampleOutbound.estimate()))
                .isEqualTo("Du-toan-doan-ra_Han-Quoc_04-2026.xlsx");
    }

    @Test
    void everyFormulaOfTheSampleEvaluatesToTheEstimatesFigureLineByLine() throws IOException {
        AbroadEstimate estimate = SampleOutbound.estimate();
        assertThat(estimate.total()).isEqualTo(172_093_867L);
        try (XSSFWorkbook workbook = export(estimate)) {
            Sheet sheet = workbook.getSheet("Dự toán đoàn ra");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Cell rate = rateCell(sheet);
            assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(rate.getNumericCellValue()).isEqualTo(25345.5);
            assertThat(rate.getRow().getCell(0).getStringCellValue()).isEqualTo("Tỷ giá: 1 USD =");
            assertThat(rate.getRow().getCell(AbroadEstimateWorkbookWriter.COL_RATE + 1).getStringCellValue())
                    .isEqualTo("đồng, ngày 01/04/2026, nguồn: Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank), "
                            + "tỷ giá bán chuyển khoản");
            int r = titleRow(sheet) + 1;
            List<Integer> subtotalRows = new ArrayList<>();
            long sumOfLines = 0;
            int numeral = 0;
            for (AbroadSection section : AbroadSection.values()) {
                List<AbroadLine> lines = AbroadEstimateWorkbookWriter.printed(estimate, section);
                if (lines.isEmpty()) {
                    continue;
                }
                Row head = sheet.getRow(r++);
                assertThat(head.getCell(0).getStringCellValue()).isEqualTo(List.of("I", "II", "III", "IV").get(numeral++));
                assertThat(head.getCell(1).getStringCellValue()).isEqualTo(section.title());
                Cell subtotal = head.getCell(AbroadEstimateWorkbookWriter.COL_DONG);
                assertThat(subtotal.getCellFormula()).contains("SUM(");
                assertThat(evaluator.evaluate(subtotal).getNumberValue()).as(section.title()).isEqualTo(estimate.subtotal(section));
                subtotalRows.add(head.getRowNum());
                for (int i = 0; i < lines.size(); i++) {
                    AbroadLine line = lines.get(i);
                    Row row = sheet.getRow(r++);
                    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.content());
                    assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(line.quantity());
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(line.times());
                    assertThat(BigDecimal.valueOf(row.getCell(5).getNumericCellValue()).compareTo(line.unitPrice())).isZero();
                    String code = line.currency().getCurrencyCode();
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo(code);
                    Cell foreign = row.getCell(AbroadEstimateWorkbookWriter.COL_FOREIGN);
                    Cell dong = row.getCell(AbroadEstimateWorkbookWriter.COL_DONG);
                    assertThat(dong.getCellType()).isEqualTo(CellType.FORMULA);
                    if (code.equals("VND")) {
                        assertThat(dong.getCellFormula()).contains("D" + (row.getRowNum() + 1) + "*E" + (row.getRowNum() + 1) + "*F");
                        assertThat(foreign.getCellType()).isEqualTo(CellType.BLANK);
                    } else {
                        assertThat(foreign.getCellFormula()).contains("D" + (row.getRowNum() + 1) + "*E" + (row.getRowNum() + 1) + "*F");
                        assertThat(BigDecimal.valueOf(evaluator.evaluate(foreign).getNumberValue()).compareTo(line.foreignAmount()))
                                .as(line.content()).isZero();
                        assertThat(dong.getCellFormula()).contains("ROUND(H" + (row.getRowNum() + 1) + "*$D$");
                    }
                    long value = (long) evaluator.evaluate(dong).getNumberValue();
                    assertThat(value).as(line.content()).isEqualTo(line.amountVnd());
                    sumOfLines += value;
                }
            }
            assertThat(numeral).isEqualTo(4);
            Row totalRow = sheet.getRow(r);
            assertThat(totalRow.getCell(1).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            Cell total = totalRow.getCell(AbroadEstimateWorkbookWriter.COL_DONG);
            assertThat(total.getCellFormula()).isEqualTo("SUM(" + String.join(",", subtotalRows.stream()
                    .map(row -> "I" + (row + 1)).toList()) + ")");
            assertThat((long) evaluator.evaluate(total).getNumberValue()).isEqualTo(sumOfLines).isEqualTo(172_093_867L);
            assertThat(evaluator.evaluate(sheet.getRow(r + 2).getCell(0)).getStringValue())
                    .startsWith("Bằng chữ: Một trăm bảy mươi hai triệu");
            assertThat(texts(sheet)).noneMatch(t -> t.toLowerCase().contains("dữ liệu mẫu") || t.toLowerCase().contains("chưa xác minh"))
                    .noneMatch(t -> t.startsWith("DỰ THẢO – còn"))
                    .contains("DỰ TOÁN KINH PHÍ ĐOÀN RA", "Nước đến: Hàn Quốc",
                            "DỰ THẢO – mức phụ cấp, tiền thuê chỗ ở chưa được đối chiếu với Thông tư",
                            "Số ngày: 04 ngày (từ ngày xuất cảnh 06/04/2026 đến ngày nhập cảnh 09/04/2026, theo lịch Việt Nam); "
                                    + "số đêm nghỉ tại nơi đến: 03 đêm.",
                            "Làm tròn: mỗi dòng tính bằng ngoại tệ được quy đổi một lần sang đồng theo tỷ giá trên, "
                                    + "làm tròn đến đồng (từ 0,5 đồng trở lên làm tròn lên).");
        }
    }

    @Test
    void aCountryWithoutRatesLeavesItsAmountsEmptyUnderADraftRow() throws IOException {
        AbroadEstimate estimate = AbroadEstimateCalculator.compute(delegation, plan,
                List.of(SampleOutbound.rateSet().withRates(List.of())), SampleOutbound.inputs());
        assertThat(estimate.incompleteLines()).isEqualTo(2);
        try (XSSFWorkbook workbook = export(estimate)) {
            Sheet sheet = workbook.getSheet("Dự toán đoàn ra");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(texts(sheet)).contains("DỰ THẢO – còn 2 dòng chưa có số tiền", "TỔNG CỘNG (tạm tính)");
            int r = titleRow(sheet) + 1;
            int empty = 0;
            for (; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell index = row.getCell(0);
                if (index == null || index.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                String content = row.getCell(1).getStringCellValue();
                AbroadLine line = estimate.lines().stream().filter(l -> l.content().equals(content)).findFirst().orElseThrow();
                CellValue dong = evaluator.evaluate(row.getCell(AbroadEstimateWorkbookWriter.COL_DONG));
                if (line.amountVnd() == null) {
                    empty++;
                    assertThat(dong == null || dong.getCellType() == CellType.STRING && dong.getStringValue().isEmpty())
                            .as(content).isTrue();
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("chưa có đơn giá");
                    assertThat(row.getCell(AbroadEstimateWorkbookWriter.COL_BASIS).getStringCellValue()).startsWith("Chưa có mức");
                } else {
                    assertThat((long) dong.getNumberValue()).isEqualTo(line.amountVnd());
                }
            }
            assertThat(empty).isEqualTo(2);
        }
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysText() throws IOException {
        CountryRate typed = CountryRate.country("KR", "Hàn Quốc", Currency.getInstance("USD"), new BigDecimal("60"),
                new BigDecimal("45"), "=1+1", false);
        AbroadEstimate estimate = AbroadEstimateCalculator.compute(delegation, plan,
                List.of(SampleOutbound.rateSet().withRates(List.of(typed))), SampleOutbound.inputs());
        try (XSSFWorkbook workbook = writer.build(delegation, plan, estimate)) {
            Cell cell = find(workbook.getSheet("Dự toán đoàn ra"), "=1+1");
            assertThat(cell.getColumnIndex()).isEqualTo(AbroadEstimateWorkbookWriter.COL_BASIS);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private static Cell rateCell(Sheet sheet) {
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().startsWith("Tỷ giá")) {
                return row.getCell(AbroadEstimateWorkbookWriter.COL_RATE);
            }
        }
        throw new AssertionError("no exchange-rate row");
    }

    private static int titleRow(Sheet sheet) {
        return find(sheet, "STT").getRowIndex();
    }

    private static Cell find(Sheet sheet, String value) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell " + value);
    }

    private static List<String> texts(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    out.add(cell.getStringCellValue());
                }
            }
        }
        return out;
    }
}
