package vn.delegationdesk.settlement.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import vn.delegationdesk.budget.AmountInWords;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.ComparedLine;
import vn.delegationdesk.settlement.ComparedSection;
import vn.delegationdesk.settlement.Disallowance;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.MemberSettlement;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementCalculator;
import vn.delegationdesk.settlement.SettlementSheet;
import vn.delegationdesk.settlement.SettlementTotals;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;
import vn.delegationdesk.testing.SampleEstimates;

/**
 * The settlement workbook of the seed delegation (settled as in SettlementSheetPdfTest) opened with POI and every formula
 * evaluated: each member's row and the "Cộng" row equal the app's SettlementSheet, what is not reimbursed equals its
 * Disallowances, texts that look like formulas stay texts, and the file is written as the estimate's is. Set
 * -Dc17.xlsx=DIR to keep the workbook for looking at it.
 */
class SettlementWorkbookWriterTest {
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";
    private static final String TRICKY_UNIT = "=1+1";
    private static final SettlementHeading HEADING = new SettlementHeading("1234567", "Phòng Kế hoạch - Tài chính",
            "Mẫu số C17-HD", "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)");

    /** The seed's priced estimate; its outward flight is the line the first member's first ticket is paid under. */
    private static final Estimate ESTIMATE = SampleEstimates.priced();
    private static final String OUTWARD_FLIGHT = ESTIMATE.sections().get(0).lines().stream()
            .filter(l -> l.key().startsWith("travel.flight.Hà Nội – Buôn Ma Thuột")).findFirst().orElseThrow().key();

    private final Messages messages = new Messages();
    private final SettlementWorkbookWriter writer = new SettlementWorkbookWriter(messages);

    @TempDir
    Path dir;

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static MemberOutcome wholeTrip(String memberId) {
        return MemberOutcome.went(memberId, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)),
                new CertifiedStay(LAM_DONG, oct(17), oct(19))));
    }

    private static ActualLine ticket(String memberId, String route, String number, long cost) {
        return ticket("", memberId, route, number, cost);
    }

    private static ActualLine ticket(String estimateKey, String memberId, String route, String number, long cost) {
        return ActualLine.ticket(estimateKey, "Vé máy bay " + route, memberId, FlightClass.ECONOMY, null, cost,
                List.of(new Voucher(VoucherKind.TICKET, number, oct(10), "Vietnam Airlines", cost)));
    }

    /** The seed delegation, its fourth member's unit typed as "=1+1". */
    private static Delegation delegation() {
        Delegation seed = SampleDelegation.create().withId(1L);
        List<Member> members = new ArrayList<>(seed.members());
        Member m = members.get(3);
        members.set(3, new Member(m.id(), m.fullName(), m.gender(), m.dateOfBirth(), m.position(), TRICKY_UNIT, m.groupId(),
                m.allowanceCoefficient(), m.onStatePayroll(), m.phone(), m.idNumber(), m.role(), m.notes(), m.sample()));
        return seed.toBuilder().members(members).build().withId(1L);
    }

    /** Advances to the first member and to one who withdrew; two tickets for the first, one for the one who withdrew. */
    private static Settlement settlement(Delegation delegation) {
        List<Member> members = delegation.members();
        String first = members.get(0).id();
        String withdrew = members.get(2).id();
        return new Settlement(oct(30),
                List.of(new Advance(first, oct(10), "PC-0101", 5_000_000L), new Advance(withdrew, oct(10), "PC-0103", 3_000_000L)),
                List.of(wholeTrip(first), MemberOutcome.went(members.get(1).id(), List.of(new CertifiedStay(DAK_LAK, oct(14),
                        oct(16)))), MemberOutcome.withdrew(withdrew), wholeTrip(members.get(3).id())),
                List.of(ticket(OUTWARD_FLIGHT, first, "Hà Nội – Buôn Ma Thuột", "738-0001", 1_200_000L),
                        ticket(first, "Đà Lạt – Hà Nội", "738-0002", 1_200_000L),
                        ticket(withdrew, "Hà Nội – Buôn Ma Thuột", "738-0003", 1_500_000L)));
    }

    private static SettlementSheet compute(Delegation delegation, Settlement settlement) {
        return SettlementCalculator.compute(delegation, settlement, EstimateInputs.DEFAULT, BuiltInRateSets.all());
    }

    private XSSFWorkbook export(Delegation delegation, Settlement settlement, SettlementSheet sheet) throws IOException {
        Path file = dir.resolve("bang-ke.xlsx");
        writer.write(delegation, settlement, sheet, Optional.of(EstimateComparison.of(ESTIMATE, settlement, sheet)), HEADING, file);
        keep(file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void everyMembersRowAndTheTotalRowEvaluateToTheSettlementsFigures() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        SettlementSheet sheet = compute(delegation, settlement);
        assertThat(sheet.warnings()).as("members without certified dates are warned about on screen").isNotEmpty();
        try (XSSFWorkbook workbook = export(delegation, settlement, sheet)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Bảng kê C17-HD");
            Sheet bangKe = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int titles = rowWith(bangKe, "STT", 0).getRowNum();
            List<String> columns = new ArrayList<>();
            bangKe.getRow(titles).forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).containsExactly("STT", "Họ và tên", "Đơn vị", "Tiền vé (tàu, xe, …)", "Tiền thuê phương tiện đi lại",
                    "Tiền phụ cấp lưu trú", "Tiền phòng nghỉ", "Cộng", "Số tiền đã tạm ứng", "Số nộp trả lại",
                    "Số tiền còn được nhận", "Ký nhận");
            List<String> letters = new ArrayList<>();
            bangKe.getRow(titles + 1).forEach(c -> letters.add(c.getStringCellValue()));
            assertThat(letters).containsExactly("A", "B", "C", "1", "2", "3", "4", "5", "6", "7", "8", "D");

            int r = titles + 2;
            for (int i = 0; i < sheet.members().size(); i++) {
                MemberSettlement member = sheet.members().get(i);
                Row row = bangKe.getRow(r++);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).startsWith(member.fullName());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(member.unit());
                assertThat(evaluated(evaluator, row, 3, 11)).as("row of %s", member.fullName()).containsExactly(member.tickets(),
                        member.vehicles(), member.perDiem(), member.lodging(), member.total(), member.advanced(), member.toReturn(),
                        member.toReceive());
                int excel = row.getRowNum() + 1;
                assertThat(row.getCell(7).getCellFormula()).isEqualTo("SUM(D" + excel + ":G" + excel + ")");
                assertThat(row.getCell(9).getCellFormula()).isEqualTo("MAX(0,I" + excel + "-H" + excel + ")");
                assertThat(row.getCell(10).getCellFormula()).isEqualTo("MAX(0,H" + excel + "-I" + excel + ")");
            }
            Row first = bangKe.getRow(titles + 2);
            assertThat(evaluated(evaluator, first, 3, 11)).as("first member: tickets, per diem, sum, advance, to return")
                    .containsExactly(2_400_000L, 0L, 1_800_000L, 0L, 4_200_000L, 5_000_000L, 800_000L, 0L);
            assertThat(bangKe.getRow(titles + 4).getCell(1).getStringCellValue()).as("the member who withdrew, marked")
                    .isEqualTo(delegation.members().get(2).fullName() + "\n(không đi công tác)");

            Row total = bangKe.getRow(r);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Cộng");
            SettlementTotals totals = sheet.totals();
            assertThat(evaluated(evaluator, total, 3, 11)).containsExactly(totals.tickets(), totals.vehicles(), totals.perDiem(),
                    totals.lodging(), totals.total(), totals.advanced(), totals.toReturn(), totals.toReceive())
                    .containsExactly(2_400_000L, 0L, 4_500_000L, 0L, 6_900_000L, 8_000_000L, 3_800_000L, 2_700_000L);
            assertThat(total.getCell(3).getCellFormula()).isEqualTo("SUM(D" + (titles + 3) + ":D" + r + ")");
            assertThat(texts(bangKe)).contains("Tổng số tiền (Viết bằng chữ): Sáu triệu chín trăm nghìn đồng",
                    "Tổng số tiền (Viết bằng chữ): " + AmountInWords.of(totals.total()));
        }
    }

    @Test
    void theTopTheTitleAndTheSignaturesAreThoseOfThePrintedForm() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        try (XSSFWorkbook workbook = export(delegation, settlement, compute(delegation, settlement))) {
            List<String> texts = texts(workbook.getSheetAt(0));
            assertThat(texts).contains("Đơn vị: " + delegation.issuingBody().name(), "Bộ phận: Phòng Kế hoạch - Tài chính",
                    "Mã QHNS: 1234567", "Mẫu số C17-HD",
                    "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)",
                    "BẢNG KÊ THANH TOÁN CÔNG TÁC PHÍ", "Tháng 10 năm 2025", "Đoàn công tác: " + delegation.title(),
                    "Thời gian công tác: từ ngày 14/10/2025 đến ngày 19/10/2025", "Đơn vị tính: đồng", "NGƯỜI LẬP",
                    "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC", "(Ký, họ tên, đóng dấu)", delegation.signer().name(),
                    delegation.document().place() + ", ngày 30 tháng 10 năm 2025");
            assertThat(String.join(" ", texts)).as("nothing meant only for the clerk reaches the file")
                    .doesNotContainIgnoringCase("dữ liệu mẫu").doesNotContain("chưa nhập ngày được xác nhận");
        }
    }

    @Test
    void aCorrectedFigureCarriesThroughTheRowAndTheTotals() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        try (XSSFWorkbook workbook = export(delegation, settlement, compute(delegation, settlement))) {
            Sheet bangKe = workbook.getSheetAt(0);
            int titles = rowWith(bangKe, "STT", 0).getRowNum();
            Row second = bangKe.getRow(titles + 3);
            second.getCell(4).setCellValue(300_000);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluated(evaluator, second, 3, 11)).as("a taxi of 300.000 typed in for the second member")
                    .containsExactly(0L, 300_000L, 900_000L, 0L, 1_200_000L, 0L, 0L, 1_200_000L);
            Row total = rowWith(bangKe, "Cộng", 0);
            assertThat(evaluated(evaluator, total, 7, 11)).containsExactly(7_200_000L, 8_000_000L, 3_800_000L, 3_000_000L);
        }
    }

    @Test
    void whatIsNotReimbursedIsListedWithItsRuleAndItsAmountAsAFormula() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        SettlementSheet sheet = compute(delegation, settlement);
        assertThat(sheet.disallowances()).hasSize(1);
        Disallowance ticket = sheet.disallowances().get(0);
        try (XSSFWorkbook workbook = export(delegation, settlement, sheet)) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Không được thanh toán");
            Sheet disallowed = workbook.getSheetAt(1);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row titles = rowWith(disallowed, "STT", 0);
            List<String> columns = new ArrayList<>();
            titles.forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).containsExactly("STT", "Nội dung chi", "Người hưởng", "Số tiền đề nghị thanh toán",
                    "Số tiền được thanh toán", "Số tiền không được thanh toán", "Lý do, căn cứ");
            Row row = disallowed.getRow(titles.getRowNum() + 1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Vé máy bay Hà Nội – Buôn Ma Thuột");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(delegation.members().get(2).fullName());
            assertThat(evaluated(evaluator, row, 3, 6)).containsExactly(1_500_000L, 0L, 1_500_000L);
            assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.FORMULA);
            String rule = row.getCell(6).getStringCellValue();
            assertThat(rule).isEqualTo(messages.get(ticket.ruleKey(), ticket.args().toArray()))
                    .contains("không đi công tác", "không được thanh toán 1.500.000 đ");
            Row total = disallowed.getRow(titles.getRowNum() + 2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Cộng");
            assertThat(evaluated(evaluator, total, 3, 6)).containsExactly(1_500_000L, 0L, sheet.disallowedTotal());
        }
    }

    @Test
    void textsThatLookLikeFormulasStayTextAndNamesKeepTheirDiacritics() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        try (XSSFWorkbook workbook = export(delegation, settlement, compute(delegation, settlement))) {
            Sheet bangKe = workbook.getSheetAt(0);
            Row tricky = rowWith(bangKe, TRICKY_UNIT, 2);
            Cell unit = tricky.getCell(2);
            assertThat(unit.getCellType()).isEqualTo(CellType.STRING);
            assertThat(unit.getStringCellValue()).isEqualTo("=1+1");
            assertThat(unit.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(new DataFormatter().formatCellValue(unit, workbook.getCreationHelper().createFormulaEvaluator()))
                    .isEqualTo("=1+1");
            assertThat(tricky.getCell(1).getStringCellValue()).isEqualTo(delegation.members().get(3).fullName());
            assertThat(delegation.members().get(3).fullName()).matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêệếềểễôộốồổỗơớờợởỡưứừựửữịỉĩìíọỏõòó"
                    + "ụủũùúỵỷỹỳýĐ].*");
            assertThat(tricky.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void printsOnA4LandscapeWithTheColumnTitlesAndLettersOnEveryPage() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        try (XSSFWorkbook workbook = export(delegation, settlement, compute(delegation, settlement))) {
            for (int s = 0; s < 3; s++) {
                Sheet sheet = workbook.getSheetAt(s);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getLandscape()).isTrue();
                assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).isZero();
            }
            int titles = rowWith(workbook.getSheetAt(0), "STT", 0).getRowNum();
            assertThat(workbook.getSheetAt(0).getRepeatingRows()).isEqualTo(new CellRangeAddress(titles, titles + 1, -1, -1));
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
        }
    }

    @Test
    void aFolderThatDoesNotExistGivesTheVietnameseMessageAndNoFile() {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        Path target = dir.resolve("khong-co").resolve("bang-ke.xlsx");

        SettlementExportException failure = catchThrowableOfType(SettlementExportException.class,
                () -> writer.write(delegation, settlement, compute(delegation, settlement), Optional.empty(), HEADING, target));

        assertThat(failure.messageKey()).isEqualTo("settlement.export.error.cannotWrite");
        assertThat(messages.describeFailure(failure, " ")).startsWith("Không ghi được tệp bảng kê thanh toán bang-ke.xlsx (")
                .endsWith("tệp cũ (nếu có) vẫn giữ nguyên.");
        assertThat(target.getParent()).doesNotExist();
    }

    @Test
    void aTargetThatCannotBeReplacedLeavesItAndNoTemporaryFile() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        Path target = dir.resolve("bang-ke.xlsx");
        Files.createDirectory(target);
        Files.writeString(target.resolve("giu-nguyen.txt"), "x");

        assertThatThrownBy(() -> writer.write(delegation, settlement, compute(delegation, settlement), Optional.empty(), HEADING, target))
                .isInstanceOf(SettlementExportException.class);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bang-ke.xlsx");
        }
        assertThat(target.resolve("giu-nguyen.txt")).hasContent("x");
    }

    @Test
    void theEstimateAgainstActualEvaluatesToTheComparisonsFigures() throws IOException {
        Delegation delegation = delegation();
        Settlement settlement = settlement(delegation);
        SettlementSheet sheet = compute(delegation, settlement);
        EstimateComparison comparison = EstimateComparison.of(ESTIMATE, settlement, sheet);
        assertThat(comparison.unplanned()).as("the tickets tied to no estimate line").hasSize(2);
        try (XSSFWorkbook workbook = export(delegation, settlement, sheet)) {
            assertThat(workbook.getSheetName(2)).isEqualTo("Dự toán - thực hiện");
            Sheet compared = workbook.getSheetAt(2);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row titles = rowWith(compared, "STT", 0);
            List<String> columns = new ArrayList<>();
            titles.forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).containsExactly("STT", "Nội dung", "Dự toán", "Thực hiện", "Chênh lệch (thực hiện – dự toán)",
                    "Tỷ lệ chênh lệch", "Ghi chú");
            int r = titles.getRowNum() + 1;
            List<ComparedSection> sections = new ArrayList<>(comparison.sections());
            sections.add(new ComparedSection("", "", "Các khoản chi ngoài dự toán", comparison.unplanned()));
            int checkedPercents = 0;
            for (ComparedSection section : sections) {
                Row head = compared.getRow(r++);
                assertThat(head.getCell(1).getStringCellValue()).isEqualTo(section.title());
                assertThat(evaluated(evaluator, head, 2, 5)).as("section %s", section.title())
                        .containsExactly(section.estimated(), section.actual(), section.difference());
                assertThat(percent(evaluator, head)).as("section %s", section.title()).isEqualTo(section.percent());
                for (ComparedLine line : section.lines()) {
                    Row row = compared.getRow(r++);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(line.content());
                    assertThat(evaluated(evaluator, row, 3, 5)).as("line %s", line.content())
                            .containsExactly(line.actual(), line.difference());
                    assertThat(row.getCell(4).getCellFormula()).isEqualTo("D" + (row.getRowNum() + 1) + "-C" + (row.getRowNum() + 1));
                    assertThat(percent(evaluator, row)).as("line %s", line.content()).isEqualTo(line.percent());
                    checkedPercents += line.percent().isPresent() ? 1 : 0;
                }
            }
            assertThat(checkedPercents).isGreaterThan(5);
            Row outward = rowWith(compared, ESTIMATE.sections().get(0).lines().stream().filter(l -> l.key().equals(OUTWARD_FLIGHT))
                    .findFirst().orElseThrow().content(), 1);
            assertThat(evaluator.evaluate(outward.getCell(3)).getNumberValue()).as("the ticket paid under its line")
                    .isEqualTo(1_200_000d);
            Row total = compared.getRow(r);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            assertThat(evaluated(evaluator, total, 2, 5)).containsExactly(comparison.estimated(), comparison.actual(),
                    comparison.difference());
            assertThat(percent(evaluator, total)).isEqualTo(comparison.percent());
            assertThat(comparison.difference()).as("a trip of four members is a saving").isNegative();
        }
    }

    @Test
    void twoThousandMembersBreakIntoPagesThatNeverPartTheLastRowFromTheTotalAndTheSignatures() throws IOException {
        List<Member> members = new ArrayList<>();
        List<MemberOutcome> outcomes = new ArrayList<>();
        List<Advance> advances = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            String id = "m" + i;
            members.add(new Member(id, "Thành viên số " + i, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, LocalDate.of(1980, 1, 1),
                    "Chuyên viên", "Phòng Quản lý văn hóa", "", BigDecimal.ONE, true, "", "", DelegationRole.MEMBER, "", true));
            outcomes.add(wholeTrip(id));
            if (i % 10 == 0) {
                advances.add(new Advance(id, oct(10), "PC-" + i, 2_000_000L));
            }
        }
        Delegation delegation = SampleDelegation.create().toBuilder().members(members).build().withId(2L);
        Settlement settlement = new Settlement(oct(30), advances, outcomes, List.of());
        try (XSSFWorkbook workbook = export(delegation, settlement, compute(delegation, settlement))) {
            Sheet bangKe = workbook.getSheetAt(0);
            Row total = rowWith(bangKe, "Cộng", 0);
            // 2,000 × 6 days × 300.000; 200 advances of 2.000.000 against 1.800.000 → 200.000 to return each.
            assertThat(evaluated(workbook.getCreationHelper().createFormulaEvaluator(), total, 3, 11)).containsExactly(0L, 0L,
                    3_600_000_000L, 0L, 3_600_000_000L, 400_000_000L, 40_000_000L, 3_240_000_000L);
            int[] breaks = bangKe.getRowBreaks();
            assertThat(breaks.length).as("page breaks").isGreaterThan(40);
            assertThat(breaks[breaks.length - 1]).as("the last page starts before the last member")
                    .isLessThan(total.getRowNum() - 1);
            int titles = rowWith(bangKe, "STT", 0).getRowNum();
            assertThat(breaks[0]).as("the first page holds members").isGreaterThan(titles + 10);
        }
    }

    /** The percentage column as the app rounds it (one decimal); empty for a blank cell. */
    private static Optional<BigDecimal> percent(FormulaEvaluator evaluator, Row row) {
        org.apache.poi.ss.usermodel.CellValue value = evaluator.evaluate(row.getCell(5));
        if (value.getCellType() == CellType.STRING) {
            assertThat(value.getStringValue()).isEmpty();
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(value.getNumberValue()).multiply(BigDecimal.valueOf(100)).setScale(1,
                RoundingMode.HALF_UP));
    }

    private static List<Long> evaluated(FormulaEvaluator evaluator, Row row, int from, int to) {
        List<Long> values = new ArrayList<>();
        for (int c = from; c < to; c++) {
            Cell cell = row.getCell(c);
            double value = cell.getCellType() == CellType.FORMULA ? evaluator.evaluate(cell).getNumberValue() : cell.getNumericCellValue();
            values.add(Math.round(value));
        }
        return values;
    }

    static Row rowWith(Sheet sheet, String text, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    private static void keep(Path file) throws IOException {
        String folder = System.getProperty("c17.xlsx");
        if (folder != null) {
            Files.createDirectories(Path.of(folder));
            Files.copy(file, Path.of(folder, file.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
