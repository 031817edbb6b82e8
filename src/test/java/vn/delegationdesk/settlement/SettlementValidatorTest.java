package vn.delegationdesk.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.delegationdesk.settlement.SettlementFixtures.AN;
import static vn.delegationdesk.settlement.SettlementFixtures.BINH;
import static vn.delegationdesk.settlement.SettlementFixtures.CUC;
import static vn.delegationdesk.settlement.SettlementFixtures.DAK_LAK;
import static vn.delegationdesk.settlement.SettlementFixtures.DUNG;
import static vn.delegationdesk.settlement.SettlementFixtures.LAM_DONG;
import static vn.delegationdesk.settlement.SettlementFixtures.delegation;
import static vn.delegationdesk.settlement.SettlementFixtures.economyTicket;
import static vn.delegationdesk.settlement.SettlementFixtures.invoice;
import static vn.delegationdesk.settlement.SettlementFixtures.oct;
import static vn.delegationdesk.settlement.SettlementFixtures.settlement;
import static vn.delegationdesk.settlement.SettlementFixtures.wholeTrip;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.platform.i18n.Messages;

class SettlementValidatorTest {
    private final Messages messages = new Messages();

    private List<String> problems(Settlement settlement) {
        return SettlementValidator.validate(delegation(), settlement).stream().map(messages::describe).toList();
    }

    private static Settlement withStay(CertifiedStay stay) {
        return settlement(List.of(), List.of(MemberOutcome.went(AN, List.of(stay))), List.of());
    }

    @Test
    void aCompleteSettlementHasNoProblem() {
        Settlement settlement = settlement(List.of(new Advance(AN, oct(10), "PC-0101", 5_000_000L)),
                List.of(wholeTrip(AN), wholeTrip(BINH), MemberOutcome.replacedBy(DUNG, CUC), wholeTrip(CUC)),
                List.of(economyTicket(AN, "Hà Nội – Buôn Ma Thuột", "738-0001", 1_200_000L),
                        ActualLine.room("", "Phòng 2 người", DAK_LAK, List.of(AN, BINH), 2, 2_000_000L,
                                List.of(invoice("0001234", "Khách sạn Biển Xanh", oct(16), 2_000_000L)))));

        assertThat(problems(settlement)).isEmpty();
    }

    @Test
    void aCertifiedDateOutsideTheTripIsRefusedNamingTheTravelOrderAndTheStop() {
        assertThat(problems(withStay(new CertifiedStay(DAK_LAK, oct(13), oct(16))))).containsExactly(
                "outcomes[0].stays[0].from: Giấy đi đường của Nguyễn Văn An – Nơi đến thứ 1 – Ngày đến: ngày 13/10/2025 "
                        + "nằm ngoài thời gian chuyến đi (14/10/2025 – 19/10/2025)");
        assertThat(problems(withStay(new CertifiedStay(LAM_DONG, oct(17), oct(20))))).containsExactly(
                "outcomes[0].stays[0].to: Giấy đi đường của Nguyễn Văn An – Nơi đến thứ 1 – Ngày đi: ngày 20/10/2025 "
                        + "nằm ngoài thời gian chuyến đi (14/10/2025 – 19/10/2025)");
    }

    @Test
    void aDepartureFromAStopBeforeTheArrivalIsRefused() {
        assertThat(problems(withStay(new CertifiedStay(DAK_LAK, oct(16), oct(15))))).containsExactly(
                "outcomes[0].stays[0].to: Giấy đi đường của Nguyễn Văn An – Nơi đến thứ 1 – Ngày đi: ngày đi 15/10/2025 "
                        + "trước ngày đến 16/10/2025");
    }

    @Test
    void anInvoiceDatedAfterTheSettlementIsRefused() {
        Settlement settlement = settlement(List.of(), List.of(wholeTrip(AN)), List.of(ActualLine.room("", "Phòng",
                DAK_LAK, List.of(AN), 1, 900_000L, List.of(invoice("0005", "Khách sạn Biển Xanh", oct(31), 900_000L)))));

        assertThat(problems(settlement)).containsExactly("lines[0].vouchers[0].date: Khoản chi dòng 1 – Chứng từ 1 – "
                + "Ngày chứng từ: ngày chứng từ 31/10/2025 sau ngày thanh toán 30/10/2025");
    }

    @Test
    void negativeAndOverlargeAmountsAreRefused() {
        Settlement settlement = settlement(List.of(new Advance(AN, oct(10), "PC-0101", -5_000L)), List.of(wholeTrip(AN)),
                List.of(ActualLine.direct("", "Thuê hội trường", SettlementValidator.MAX_AMOUNT + 1, List.of())));

        assertThat(problems(settlement)).containsExactly(
                "advances[0].amount: Tạm ứng dòng 1 – Số tiền: số tiền -5.000 đ là số âm, số tiền không được âm",
                "lines[0].cost: Khoản chi dòng 1 – Số tiền thực chi: số tiền 1.000.000.000.001 đ vượt quá giới hạn "
                        + "1.000.000.000.000 đ");
    }

    @Test
    void amountsWhoseSumWouldOverflowAreRefusedNotWrappedAround() {
        Settlement settlement = settlement(List.of(new Advance(AN, oct(10), "PC-0101", Long.MAX_VALUE)), List.of(),
                List.of(ActualLine.direct("", "Thuê xe", Long.MAX_VALUE, List.of())));

        List<ValidationError> errors = SettlementValidator.validate(delegation(), settlement);

        assertThat(errors).extracting(ValidationError::messageKey).containsExactly("validation.settlement.tooLarge",
                "validation.settlement.tooLarge", "validation.settlement.totalOverflow");
        assertThat(messages.describe(errors.get(2))).isEqualTo("lines: Tổng số tiền của bảng thanh toán: cộng các số "
                + "tiền đã nhập vượt quá giới hạn tính được; hãy kiểm tra lại các số tiền");
    }

    @Test
    void theSameVoucherNumberFromTheSameSupplierIsRefusedButAnotherSuppliersIsNot() {
        Settlement settlement = settlement(List.of(), List.of(wholeTrip(AN), wholeTrip(BINH)), List.of(
                ActualLine.room("", "Phòng", DAK_LAK, List.of(AN), 1, 900_000L,
                        List.of(invoice("0005", "Khách sạn Biển Xanh", oct(15), 900_000L))),
                ActualLine.room("", "Phòng", DAK_LAK, List.of(BINH), 1, 900_000L,
                        List.of(invoice("0005", "Khách sạn Hoa Sen", oct(15), 900_000L))),
                ActualLine.room("", "Phòng", LAM_DONG, List.of(BINH), 1, 900_000L,
                        List.of(invoice("0005", "Khách sạn Biển Xanh", oct(18), 900_000L)))));

        assertThat(problems(settlement)).containsExactly("lines[2].vouchers[0].number: Khoản chi dòng 3 – Chứng từ 1 – "
                + "Số chứng từ: số chứng từ «0005» của «Khách sạn Biển Xanh» đã có ở khoản chi dòng 1");
    }

    @Test
    void anAdvanceToAMemberNoLongerInThePlanIsFlaggedAndStillSettled() {
        Settlement settlement = settlement(List.of(new Advance("x-cu", oct(9), "PC-0099", 2_000_000L)), List.of(),
                List.of());

        assertThat(problems(settlement)).as("kept, not refused: refusing would block every later save").isEmpty();
        SettlementSheet sheet = SettlementCalculator.compute(delegation(), settlement, EstimateInputs.DEFAULT,
                SettlementFixtures.allRates());
        assertThat(sheet.member("x-cu").orElseThrow().toReturn()).isEqualTo(2_000_000L);
        assertThat(sheet.warnings()).extracting(w -> new Messages().get(w.messageKey(), w.args().toArray())).contains(
                "Thành viên mã «x-cu» không còn trong danh sách đoàn nhưng còn trong bảng thanh toán (tạm ứng 2.000.000 đ): vẫn "
                        + "được giữ lại, đánh dấu, không được thanh toán và phải nộp trả lại toàn bộ tạm ứng; hãy khôi phục "
                        + "thành viên hoặc thu hồi tạm ứng");
    }

    @Test
    void aRoomForThreeAStopOffTheTripAndAReplacementNobodyKnowsAreRefused() {
        Settlement settlement = settlement(List.of(), List.of(wholeTrip(AN), MemberOutcome.replacedBy(DUNG, "z-9")),
                List.of(ActualLine.room("", "Phòng", "tỉnh Khánh Hòa", List.of(AN, BINH, CUC), 1, 900_000L, List.of())));

        assertThat(problems(settlement)).containsExactly(
                "outcomes[1].replacementId: Kết quả đi công tác của Phạm Thị Dung – Người thay thế: không có thành viên "
                        + "mã «z-9» trong danh sách đoàn",
                "lines[0].memberIds: Khoản chi dòng 1 – Người hưởng: một phòng tối đa 2 người (TT 40/2017 Đ7), hóa đơn "
                        + "ghi 3 người",
                "lines[0].stop: Khoản chi dòng 1 – Nơi nghỉ: «tỉnh Khánh Hòa» không phải là nơi đến của chặng nào trong "
                        + "chuyến đi");
    }

    @Test
    void aTextTooLongForItsColumnOrHoldingATabIsRefusedNamingItsField() {
        Settlement settlement = settlement(List.of(new Advance(AN, oct(10), "PC-" + "9".repeat(98), 5_000_000L)), List.of(),
                List.of(ActualLine.direct("", "Thuê xe\t29 chỗ", 9_000_000L,
                        List.of(new Voucher(VoucherKind.CONTRACT, "HĐ 12", oct(12), "Công ty Xe Tây Nguyên", 9_000_000L)))));

        assertThat(problems(settlement)).containsExactly(
                "advances[0].voucherNumber: Tạm ứng dòng 1 – Số chứng từ: dài 101 ký tự, tối đa 100",
                "lines[0].content: Khoản chi dòng 1 – Nội dung chi: có ký tự tab (U+0009) ở vị trí 8; trường này chỉ nhận một dòng,"
                        + " hãy thay bằng dấu cách");
    }
}
