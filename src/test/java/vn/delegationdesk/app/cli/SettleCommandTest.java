package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ActualLine;
import vn.delegationdesk.settlement.Advance;
import vn.delegationdesk.settlement.CertifiedStay;
import vn.delegationdesk.settlement.MemberOutcome;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.Voucher;
import vn.delegationdesk.settlement.VoucherKind;

/** {@code settle ID [--xlsx FILE]} on a stored settlement of the sample delegation: the printed figures and the workbook. */
class SettleCommandTest {
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";

    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final CommandLineApp app = new CommandLineApp(
            new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), messages, SampleDelegation::create);

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static MemberOutcome wholeTrip(String memberId) {
        return MemberOutcome.went(memberId, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16)),
                new CertifiedStay(LAM_DONG, oct(17), oct(19))));
    }

    private static ActualLine ticket(String memberId, String route, String number, long cost) {
        return ActualLine.ticket("", "Vé máy bay " + route, memberId, FlightClass.ECONOMY, null, cost,
                List.of(new Voucher(VoucherKind.TICKET, number, oct(10), "Vietnam Airlines", cost)));
    }

    /** The sample delegation (id 1) with the settlement of SettlementSheetPdfTest stored beside it; its members. */
    private List<Member> storeSampleSettlement() {
        assertThat(run("sample").out().strip()).isEqualTo("1");
        try (AppServices services = StoreServices.open(dir.resolve("data"), messages)) {
            Delegation delegation = services.delegations().find(1L).orElseThrow();
            List<Member> members = delegation.members();
            String first = members.get(0).id();
            String withdrew = members.get(2).id();
            services.settlement().save(1L, new Settlement(oct(30),
                    List.of(new Advance(first, oct(10), "PC-0101", 5_000_000L), new Advance(withdrew, oct(10), "PC-0103", 3_000_000L)),
                    List.of(wholeTrip(first), MemberOutcome.went(members.get(1).id(), List.of(new CertifiedStay(DAK_LAK, oct(14),
                            oct(16)))), MemberOutcome.withdrew(withdrew), wholeTrip(members.get(3).id())),
                    List.of(ticket(first, "Hà Nội – Buôn Ma Thuột", "738-0001", 1_200_000L),
                            ticket(first, "Đà Lạt – Hà Nội", "738-0002", 1_200_000L),
                            ticket(withdrew, "Hà Nội – Buôn Ma Thuột", "738-0003", 1_500_000L))));
            return members;
        }
    }

    @Test
    void printsAHeaderALinePerMemberTheTotalsAndTheWords() {
        List<Member> members = storeSampleSettlement();

        Result settle = run("settle", "1");

        assertThat(settle.status()).as(settle.err()).isZero();
        List<String> lines = settle.out().lines().toList();
        assertThat(lines).hasSize(1 + members.size() + 3);
        assertThat(lines.get(0)).isEqualTo(String.join("\t", "STT", "Họ và tên", "Đơn vị", "Số ngày", "Tiền vé",
                "Tiền thuê phương tiện đi lại", "Tiền phụ cấp lưu trú", "Tiền phòng nghỉ", "Cộng", "Số tiền đã tạm ứng",
                "Số nộp trả lại", "Số tiền còn được nhận"));
        assertThat(lines.get(1)).isEqualTo(String.join("\t", "1", members.get(0).fullName(), members.get(0).sendingUnit(), "6",
                "2400000", "0", "1800000", "0", "4200000", "5000000", "800000", "0"));
        assertThat(lines.get(2)).isEqualTo(String.join("\t", "2", members.get(1).fullName(), members.get(1).sendingUnit(), "3",
                "0", "0", "900000", "0", "900000", "0", "0", "900000"));
        assertThat(lines.get(3)).isEqualTo(String.join("\t", "3", members.get(2).fullName() + " (không đi công tác)",
                members.get(2).sendingUnit(), "0", "0", "0", "0", "0", "0", "3000000", "3000000", "0"));
        assertThat(lines.get(5)).startsWith("5\t" + members.get(4).fullName() + "\t").endsWith("\t0\t0\t0\t0\t0\t0\t0\t0");
        assertThat(lines.get(members.size() + 1)).isEqualTo(String.join("\t", "", "Cộng", "", "", "2400000", "0", "4500000", "0",
                "6900000", "8000000", "3800000", "2700000"));
        assertThat(lines.get(members.size() + 2)).isEqualTo("Không được thanh toán\t1500000");
        assertThat(lines.get(members.size() + 3)).isEqualTo("Tổng số tiền (viết bằng chữ): Sáu triệu chín trăm nghìn đồng");
        assertThat(settle.err()).as("members without certified dates are the clerk's to check")
                .contains("Cần kiểm tra: " + members.get(4).fullName() + ": chưa nhập ngày được xác nhận");
    }

    @Test
    void withXlsxItAlsoWritesTheWorkbookWhoseTotalsEvaluateToThePrintedOnes() throws Exception {
        storeSampleSettlement();
        Path file = dir.resolve("bang-ke.xlsx");

        Result settle = run("settle", "1", "--xlsx", file.toString());

        assertThat(settle.status()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("Tổng số tiền (viết bằng chữ): Sáu triệu chín trăm nghìn đồng");
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row total = null;
            for (Row row : workbook.getSheetAt(0)) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Cộng")) {
                    total = row;
                }
            }
            assertThat(total).isNotNull();
            assertThat(evaluator.evaluate(total.getCell(7)).getNumberValue()).isEqualTo(6_900_000d);
            assertThat(evaluator.evaluate(total.getCell(10)).getNumberValue()).isEqualTo(2_700_000d);
        }
    }

    @Test
    void aDelegationWithNoSettlementPrintsItsMembersWithNothingPaidAndSaysSoOnce() {
        run("sample");

        Result settle = run("settle", "1");

        assertThat(settle.status()).isZero();
        List<String> lines = settle.out().lines().toList();
        assertThat(lines).hasSize(1 + 37 + 3);
        assertThat(lines.get(1)).startsWith("1\t").endsWith("\t0\t0\t0\t0\t0\t0\t0\t0\t0");
        assertThat(lines.get(38)).isEqualTo(String.join("\t", "", "Cộng", "", "", "0", "0", "0", "0", "0", "0", "0", "0"));
        assertThat(lines.get(40)).isEqualTo("Tổng số tiền (viết bằng chữ): Không đồng");
        assertThat(settle.err().strip()).isEqualTo("Đoàn này chưa có bảng thanh toán nào được lưu: chưa có tạm ứng, ngày xác nhận "
                + "hay khoản chi nào, các số tiền đều bằng 0.");
    }

    @Test
    void anUnknownIdAndAWrongOptionAreRefusedAsOtherCommandsRefuseThem() {
        run("sample");

        Result unknown = run("settle", "99");
        Result wrongOption = run("settle", "1", "--pdf", "x.pdf");
        Result help = run("help");

        assertThat(unknown.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(unknown.err().strip()).isEqualTo("Không có đoàn công tác nào mang mã 99; xem các mã bằng lệnh list.");
        assertThat(wrongOption.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(wrongOption.err()).contains("settle ID [--xlsx FILE]");
        assertThat(help.out()).contains("settle ID [--xlsx FILE]", "in bảng kê thanh toán công tác phí (C17-HD)");
    }
}
