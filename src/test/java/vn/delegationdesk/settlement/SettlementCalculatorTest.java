package vn.delegationdesk.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.delegationdesk.settlement.SettlementFixtures.AN;
import static vn.delegationdesk.settlement.SettlementFixtures.BINH;
import static vn.delegationdesk.settlement.SettlementFixtures.CUC;
import static vn.delegationdesk.settlement.SettlementFixtures.DAK_LAK;
import static vn.delegationdesk.settlement.SettlementFixtures.DUNG;
import static vn.delegationdesk.settlement.SettlementFixtures.allRates;
import static vn.delegationdesk.settlement.SettlementFixtures.delegation;
import static vn.delegationdesk.settlement.SettlementFixtures.economyTicket;
import static vn.delegationdesk.settlement.SettlementFixtures.invoice;
import static vn.delegationdesk.settlement.SettlementFixtures.invoiceWithTestCaps;
import static vn.delegationdesk.settlement.SettlementFixtures.oct;
import static vn.delegationdesk.settlement.SettlementFixtures.settlement;
import static vn.delegationdesk.settlement.SettlementFixtures.wholeTrip;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.EstimateInputs;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.budget.StopSetting;
import vn.delegationdesk.platform.i18n.Messages;

class SettlementCalculatorTest {
    private final Messages messages = new Messages();

    private static SettlementSheet compute(Settlement settlement, EstimateInputs inputs) {
        return SettlementCalculator.compute(delegation(), settlement, inputs, allRates());
    }

    private String text(Disallowance d) {
        return messages.get(d.ruleKey(), d.args().toArray());
    }

    @Test
    void aMemberWhoWentFromTheFourteenthToTheNineteenthGetsSixDaysAtThreeHundredThousand() {
        SettlementSheet sheet = compute(settlement(List.of(), List.of(wholeTrip(AN)), List.of()), EstimateInputs.DEFAULT);

        MemberSettlement an = sheet.member(AN).orElseThrow();
        assertThat(sheet.rates().national().id()).isEqualTo(BuiltInRateSets.TT12_ID);
        assertThat(an.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(an.days()).isEqualTo(6);
        assertThat(an.nights()).isEqualTo(5);
        assertThat(an.perDiem()).isEqualTo(6 * 300_000L).isEqualTo(1_800_000L);
        assertThat(an.total()).isEqualTo(1_800_000L);
        assertThat(an.toReceive()).isEqualTo(1_800_000L);
    }

    @Test
    void aMemberCertifiedFromTheFourteenthToTheSixteenthOnlyGetsThreeDays() {
        MemberOutcome shortStay = MemberOutcome.went(BINH, List.of(new CertifiedStay(DAK_LAK, oct(14), oct(16))));

        MemberSettlement binh = compute(settlement(List.of(), List.of(shortStay), List.of()), EstimateInputs.DEFAULT)
                .member(BINH).orElseThrow();

        assertThat(binh.days()).isEqualTo(3);
        assertThat(binh.perDiem()).isEqualTo(900_000L);
    }

    @Test
    void aSharedRoomInvoicedAboveItsCapIsPaidAtTheCapAndTheRestIsNotReimbursed() {
        ActualLine room = ActualLine.room("lodging.tỉnh Đắk Lắk.shared", "Phòng 2 người khách sạn Biển Xanh", DAK_LAK,
                List.of(AN, BINH), 1, 1_200_000L, List.of(invoice("0001234", "Khách sạn Biển Xanh", oct(15), 1_200_000L)));

        SettlementSheet sheet = compute(settlement(List.of(), List.of(wholeTrip(AN), wholeTrip(BINH)), List.of(room)),
                invoiceWithTestCaps());

        assertThat(sheet.member(AN).orElseThrow().lodging() + sheet.member(BINH).orElseThrow().lodging())
                .isEqualTo(1_000_000L);
        assertThat(sheet.member(AN).orElseThrow().lodging()).isEqualTo(500_000L);
        assertThat(sheet.disallowances()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(200_000L);
            assertThat(d.allowed()).isEqualTo(1_000_000L);
            assertThat(d.ruleKey()).isEqualTo("settlement.disallowed.roomAboveCap");
            assertThat(text(d)).isEqualTo("Hóa đơn phòng 1.200.000 đ cho 1 đêm vượt mức trần 1.000.000 đ/phòng/đêm của "
                    + "phòng 2 người (Dữ liệu kiểm thử, 2 người/phòng): không được thanh toán 200.000 đ.");
        });
        assertThat(sheet.disallowedTotal()).isEqualTo(200_000L);
    }

    @Test
    void anAdvanceOfFiveMillionAgainstAnEntitlementOfFourPointTwoMillionLeavesEightHundredThousandToReturn() {
        Settlement settlement = settlement(
                List.of(new Advance(AN, oct(10), "PC-0101", 5_000_000L), new Advance(BINH, oct(10), "PC-0102", 1_000_000L)),
                List.of(wholeTrip(AN), wholeTrip(BINH)),
                List.of(economyTicket(AN, "Hà Nội – Buôn Ma Thuột", "738-0001", 1_200_000L),
                        economyTicket(AN, "Đà Lạt – Hà Nội", "738-0002", 1_200_000L)));

        SettlementSheet sheet = compute(settlement, EstimateInputs.DEFAULT);

        MemberSettlement an = sheet.member(AN).orElseThrow();
        assertThat(an.tickets()).isEqualTo(2_400_000L);
        assertThat(an.perDiem()).isEqualTo(1_800_000L);
        assertThat(an.total()).isEqualTo(4_200_000L);
        assertThat(an.advanced()).isEqualTo(5_000_000L);
        assertThat(an.toReturn()).isEqualTo(800_000L);
        assertThat(an.toReceive()).isZero();
        MemberSettlement binh = sheet.member(BINH).orElseThrow();
        assertThat(binh.toReceive()).isEqualTo(800_000L);
        assertThat(binh.toReturn()).isZero();
    }

    @Test
    void aWithdrawnMemberWithAnAdvanceGetsNothingAndReturnsTheWholeAdvance() {
        Settlement settlement = settlement(List.of(new Advance(DUNG, oct(10), "PC-0104", 3_000_000L)),
                List.of(MemberOutcome.withdrew(DUNG)),
                List.of(economyTicket(DUNG, "Hà Nội – Buôn Ma Thuột", "738-0009", 1_500_000L)));

        SettlementSheet sheet = compute(settlement, EstimateInputs.DEFAULT);

        MemberSettlement dung = sheet.member(DUNG).orElseThrow();
        assertThat(dung.attendance()).isEqualTo(Attendance.WITHDREW);
        assertThat(dung.total()).isZero();
        assertThat(dung.toReturn()).isEqualTo(3_000_000L);
        assertThat(dung.disallowed()).isEqualTo(1_500_000L);
        assertThat(text(sheet.disallowances().get(0))).isEqualTo(
                "Phạm Thị Dung không đi công tác (rút khỏi đoàn hoặc đã có người thay): không được thanh toán 1.500.000 đ.");
    }

    @Test
    void theOddMembersSingleRoomIsCappedAtTheSharedRateAndALeadersOwnRoomAtTheLeadersCap() {
        List<ActualLine> rooms = List.of(
                ActualLine.room("", "Phòng 1 người (người lẻ)", DAK_LAK, List.of(DUNG), 1, 1_100_000L, List.of()),
                ActualLine.room("", "Phòng 1 người theo tiêu chuẩn", DAK_LAK, List.of(CUC), 1, 1_100_000L, List.of()));

        SettlementSheet sheet = compute(settlement(List.of(), List.of(wholeTrip(CUC), wholeTrip(DUNG)), rooms),
                invoiceWithTestCaps());

        assertThat(sheet.member(DUNG).orElseThrow().lodging()).isEqualTo(1_000_000L);
        assertThat(sheet.member(CUC).orElseThrow().lodging()).isEqualTo(1_100_000L);
        assertThat(sheet.disallowances()).singleElement().satisfies(d -> {
            assertThat(d.memberIds()).containsExactly(DUNG);
            assertThat(d.amount()).isEqualTo(100_000L);
        });
    }

    @Test
    void aTicketAboveTheClassEntitlementIsPaidAtTheEntitledFareOrNotAtAllWithoutOne() {
        ActualLine withFare = ActualLine.ticket("", "Vé máy bay Hà Nội – Buôn Ma Thuột", AN, FlightClass.BUSINESS,
                1_500_000L, 3_000_000L, List.of());
        ActualLine withoutFare = ActualLine.ticket("", "Vé máy bay Đà Lạt – Hà Nội", AN, FlightClass.BUSINESS, null,
                2_800_000L, List.of());
        ActualLine leader = ActualLine.ticket("", "Vé máy bay Hà Nội – Buôn Ma Thuột", CUC, FlightClass.PREMIUM_ECONOMY,
                null, 2_000_000L, List.of());

        SettlementSheet sheet = compute(settlement(List.of(), List.of(wholeTrip(AN), wholeTrip(CUC)),
                List.of(withFare, withoutFare, leader)), EstimateInputs.DEFAULT);

        assertThat(sheet.member(AN).orElseThrow().tickets()).isEqualTo(1_500_000L);
        assertThat(sheet.member(CUC).orElseThrow().tickets()).isEqualTo(2_000_000L);
        assertThat(sheet.disallowances()).extracting(Disallowance::amount).containsExactly(1_500_000L, 2_800_000L);
        assertThat(text(sheet.disallowances().get(0))).isEqualTo("Vé hạng thương gia vượt tiêu chuẩn hạng phổ thông "
                + "(TT 40/2017 Đ5, tiêu chuẩn hạng vé theo TT 12/2025): chỉ thanh toán bằng giá vé hạng phổ thông "
                + "1.500.000 đ; không được thanh toán 1.500.000 đ.");
        assertThat(sheet.disallowances().get(1).ruleKey()).isEqualTo("settlement.disallowed.ticketClassNoFare");
    }

    @Test
    void theFlatAllowancePaysEachCertifiedNightAtTheStopsRateAndTheLeadersRate() {
        SettlementSheet sheet = compute(settlement(List.of(), List.of(wholeTrip(AN), wholeTrip(CUC)), List.of()),
                SettlementFixtures.flatWithTestRates());

        assertThat(sheet.member(AN).orElseThrow().lodging()).isEqualTo(5 * 350_000L);
        assertThat(sheet.member(CUC).orElseThrow().lodging()).isEqualTo(5 * 600_000L);
    }

    @Test
    void anAdvanceToAMemberDeletedFromThePlanStaysOnTheSheetToBeReturned() {
        SettlementSheet sheet = compute(settlement(List.of(new Advance("x-cu", oct(9), "PC-0099", 2_000_000L)), List.of(),
                List.of()), EstimateInputs.DEFAULT);

        MemberSettlement gone = sheet.member("x-cu").orElseThrow();
        assertThat(gone.inDelegation()).isFalse();
        assertThat(gone.total()).isZero();
        assertThat(gone.toReturn()).isEqualTo(2_000_000L);
        assertThat(sheet.totals().advanced()).isEqualTo(2_000_000L);
        assertThat(sheet.members()).extracting(MemberSettlement::memberId).containsExactly(AN, BINH, CUC, DUNG, "x-cu");
    }

    @Test
    void theTotalsRowIsTheSumOfTheRowsAndEachRowsTotalTheSumOfItsColumns() {
        Settlement settlement = settlement(
                List.of(new Advance(AN, oct(10), "PC-0101", 5_000_000L), new Advance(DUNG, oct(10), "PC-0104", 3_000_000L),
                        Advance.toDelegation(oct(10), "PC-0100", 10_000_000L)),
                List.of(wholeTrip(AN), wholeTrip(BINH), wholeTrip(CUC), MemberOutcome.withdrew(DUNG)),
                List.of(economyTicket(AN, "Hà Nội – Buôn Ma Thuột", "738-0001", 1_200_000L),
                        ActualLine.vehicle("Taxi sân bay Nội Bài", BINH, 350_000L, List.of()),
                        ActualLine.room("", "Phòng 2 người", DAK_LAK, List.of(AN, BINH), 2, 2_300_000L, List.of()),
                        ActualLine.direct("travel.car", "Thuê xe ô tô phục vụ đoàn", 12_000_000L, List.of())));

        SettlementSheet sheet = compute(settlement, invoiceWithTestCaps());

        SettlementTotals totals = sheet.totals();
        assertThat(totals.total()).isEqualTo(sheet.members().stream().mapToLong(MemberSettlement::total).sum())
                .isEqualTo(totals.tickets() + totals.vehicles() + totals.perDiem() + totals.lodging());
        assertThat(totals.perDiem()).isEqualTo(3 * 1_800_000L);
        assertThat(totals.lodging()).isEqualTo(2_000_000L);
        assertThat(totals.vehicles()).isEqualTo(350_000L);
        assertThat(totals.advanced()).isEqualTo(8_000_000L);
        assertThat(totals.toReceive() - totals.toReturn()).isEqualTo(totals.total() - totals.advanced());
        assertThat(sheet.directCosts()).isEqualTo(12_000_000L);
        assertThat(sheet.delegationToReceive()).isEqualTo(2_000_000L);
        assertThat(sheet.disallowedTotal()).isEqualTo(300_000L);
    }

    @Test
    void aMemberWithoutStampsGetsNoPerDiemAndTheClerkIsWarned() {
        SettlementSheet sheet = compute(settlement(List.of(), List.of(wholeTrip(AN)), List.of()), EstimateInputs.DEFAULT);

        assertThat(sheet.member(BINH).orElseThrow().perDiem()).isZero();
        assertThat(sheet.warnings()).extracting(w -> messages.get(w.messageKey(), w.args().toArray()))
                .contains("Trần Văn Bình: chưa nhập ngày được xác nhận trên giấy đi đường, chưa tính phụ cấp lưu trú.");
    }

    @Test
    void aRoomTheHostProvidesIsNotPaidAndAReplacedMemberGetsNothingWhileTheReplacementIsPaid() {
        EstimateInputs hostRooms = new EstimateInputs(SettlementFixtures.TEST_RATES_ID, null,
                LodgingMode.INVOICE,
                Map.of(DAK_LAK, new StopSetting(StopCategory.PROVINCE, true)));
        Settlement settlement = settlement(List.of(), List.of(MemberOutcome.replacedBy(BINH, DUNG), wholeTrip(DUNG)),
                List.of(ActualLine.room("", "Phòng 1 người", DAK_LAK, List.of(DUNG), 2, 1_600_000L, List.of())));

        SettlementSheet sheet = compute(settlement, hostRooms);

        assertThat(sheet.member(BINH).orElseThrow().attendance()).isEqualTo(Attendance.REPLACED);
        assertThat(sheet.member(BINH).orElseThrow().total()).isZero();
        assertThat(sheet.member(DUNG).orElseThrow().perDiem()).isEqualTo(1_800_000L);
        assertThat(sheet.member(DUNG).orElseThrow().lodging()).isZero();
        assertThat(text(sheet.disallowances().get(0))).isEqualTo(
                "Đơn vị nơi đến bố trí phòng nghỉ tại tỉnh Đắk Lắk (TT 40/2017 Đ7 k1): không được thanh toán 1.600.000 đ.");
    }
}
