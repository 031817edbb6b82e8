package vn.delegationdesk.abroad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.delegationdesk.abroad.AbroadFixtures.DELEGATION_ID;
import static vn.delegationdesk.abroad.AbroadFixtures.HANOI;
import static vn.delegationdesk.abroad.AbroadFixtures.SEOUL;
import static vn.delegationdesk.abroad.AbroadFixtures.USD;
import static vn.delegationdesk.abroad.AbroadFixtures.VIETCOMBANK;
import static vn.delegationdesk.abroad.AbroadFixtures.april;
import static vn.delegationdesk.abroad.AbroadFixtures.delegation;
import static vn.delegationdesk.abroad.AbroadFixtures.fourDaysInSeoul;
import static vn.delegationdesk.abroad.AbroadFixtures.leg;
import static vn.delegationdesk.abroad.AbroadFixtures.seoul;
import static vn.delegationdesk.abroad.AbroadFixtures.testRates;
import static vn.delegationdesk.abroad.AbroadFixtures.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.platform.i18n.Messages;

class OutboundValidatorTest {
    private final Messages messages = new Messages();

    private List<String> problems(OutboundPlan plan) {
        return OutboundValidator.validate(delegation(), plan, List.of(testRates())).stream().map(messages::describe).toList();
    }

    private List<String> warnings(OutboundPlan plan) {
        return OutboundWarnings.of(delegation(), plan).stream().map(w -> messages.get(w.messageKey(), w.args().toArray()))
                .toList();
    }

    private static OutboundPlan withPassports(List<Passport> passports) {
        OutboundPlan plan = fourDaysInSeoul(usd("25000"));
        return new OutboundPlan(plan.delegationId(), plan.stops(), plan.legs(), passports, plan.foreignRateSetId(),
                plan.exchangeRate());
    }

    private static OutboundPlan withPassport(Passport replacement) {
        List<Passport> passports = new ArrayList<>(AbroadFixtures.passports());
        passports.set(0, replacement);
        return withPassports(passports);
    }

    @Test
    void aCompletePlanHasNoProblemAndNoWarning() {
        OutboundPlan plan = fourDaysInSeoul(usd("25000"));

        assertThat(problems(plan)).isEmpty();
        assertThat(warnings(plan)).isEmpty();
    }

    @Test
    void aFlightLandingBeforeItTakesOffIsRefusedNamingTheLeg() {
        OutboundPlan plan = new OutboundPlan(DELEGATION_ID, List.of(seoul(april(6), april(9))), List.of(
                leg("VN414", "Hà Nội", HANOI, april(5, 23, 50), "Incheon", SEOUL, april(6, 6, 30)),
                // 15:00 in Hà Nội is 17:00 in Seoul, before the 18:00 take-off.
                leg("VN416", "Incheon", SEOUL, april(9, 18, 0), "Hà Nội", HANOI, april(9, 15, 0))),
                AbroadFixtures.passports(), "", usd("25000"));

        assertThat(problems(plan)).containsExactly("legs[1].arrivalLocal: Chặng bay 2 (VN416 Incheon – Hà Nội) – Giờ đến: "
                + "trước giờ đi (đến 09/04/2026 15:00 giờ Asia/Ho_Chi_Minh, đi 09/04/2026 18:00 giờ Asia/Seoul)");
    }

    @Test
    void aLocalArrivalEarlierThanTheDepartureIsAcceptedWhenTheInstantIsLater() {
        // Landing at 16:30 in Hà Nội is 18:30 in Seoul: after the 18:00 take-off though the clock reads earlier.
        OutboundPlan plan = new OutboundPlan(DELEGATION_ID, List.of(seoul(april(6), april(9))), List.of(
                leg("VN416", "Hà Nội", HANOI, april(6, 8, 0), "Incheon", SEOUL, april(6, 14, 30)),
                leg("VN417", "Incheon", SEOUL, april(9, 18, 0), "Hà Nội", HANOI, april(9, 16, 30))),
                AbroadFixtures.passports(), "", usd("25000"));

        assertThat(problems(plan)).isEmpty();
    }

    @Test
    void anExchangeRateOfZeroNegativeOrDatedAfterTheTripIsRefusedNamingTheField() {
        assertThat(problems(fourDaysInSeoul(usd("0")))).containsExactly(
                "exchangeRate.vndPerUnit: Tỷ giá – Số đồng cho 1 USD: tỷ giá 0 không hợp lệ, phải lớn hơn 0");
        assertThat(problems(fourDaysInSeoul(usd("-25000")))).containsExactly(
                "exchangeRate.vndPerUnit: Tỷ giá – Số đồng cho 1 USD: tỷ giá -25.000 không hợp lệ, phải lớn hơn 0");
        ExchangeRate late = new ExchangeRate(USD, new BigDecimal("25000"), april(10), VIETCOMBANK);
        assertThat(problems(fourDaysInSeoul(late))).containsExactly(
                "exchangeRate.date: Tỷ giá – Ngày tỷ giá: ngày tỷ giá 10/04/2026 sau ngày kết thúc chuyến đi 09/04/2026");
        ExchangeRate unsourced = new ExchangeRate(USD, new BigDecimal("25000"), april(1), " ");
        assertThat(problems(fourDaysInSeoul(unsourced))).containsExactly(
                "exchangeRate.source: Tỷ giá – Nguồn (ngân hàng): chưa nhập");
    }

    @Test
    void aPassportExpiredOnTheDayOfExitIsRefusedNamingTheMember() {
        OutboundPlan plan = withPassport(new Passport("a", "C1234567", PassportType.CONG_VU, LocalDate.of(2026, 4, 5)));

        assertThat(problems(plan)).containsExactly("passports[0].expiry: Hộ chiếu của Nguyễn Văn An – Ngày hết hạn: hộ "
                + "chiếu hết hạn ngày 05/04/2026, trước ngày xuất cảnh 06/04/2026");
        assertThatThrownBy(() -> OutboundValidator.requireValid(delegation(), plan, List.of(testRates())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aPassportExpiringWithinSixMonthsOfTheReturnAndAMemberWithoutOneAreWarnings() {
        List<Passport> passports = new ArrayList<>(AbroadFixtures.passports());
        passports.set(0, new Passport("a", "C1234567", PassportType.CONG_VU, LocalDate.of(2026, 10, 8)));
        passports.remove(4);
        OutboundPlan plan = withPassports(passports);

        assertThat(problems(plan)).isEmpty();
        assertThat(warnings(plan)).containsExactly(
                "Hộ chiếu của Nguyễn Văn An hết hạn ngày 08/10/2026, chưa đủ 6 tháng sau ngày về 09/04/2026: nhiều nước yêu "
                        + "cầu hộ chiếu còn hạn ít nhất 6 tháng khi nhập cảnh.",
                "Hoàng Văn Giang: chưa có hộ chiếu (số, loại, ngày hết hạn).");
    }

    @Test
    void passportsOfStrangersTwiceForAMemberWithAnotherOnesNumberOrWithoutNumberAreRefused() {
        List<Passport> passports = new ArrayList<>(AbroadFixtures.passports());
        passports.add(new Passport("x", "C9999999", PassportType.PHO_THONG, LocalDate.of(2030, 1, 1)));
        passports.add(new Passport("b", "", null, LocalDate.of(2030, 1, 1)));
        passports.set(4, new Passport("g", "c1234567", PassportType.PHO_THONG, LocalDate.of(2030, 1, 1)));

        assertThat(problems(withPassports(passports))).containsExactly(
                "passports[4].number: Hộ chiếu của Hoàng Văn Giang – Số hộ chiếu: số hộ chiếu «c1234567» đã có ở hộ chiếu "
                        + "dòng 1",
                "passports[5].memberId: Hộ chiếu dòng 6 – Thành viên: không có thành viên mã «x» trong danh sách đoàn",
                "passports[6].memberId: Hộ chiếu dòng 7 – Thành viên: Trần Văn Bình đã có hộ chiếu ở dòng 2",
                "passports[6].number: Hộ chiếu của Trần Văn Bình – Số hộ chiếu: chưa nhập",
                "passports[6].type: Hộ chiếu của Trần Văn Bình – Loại hộ chiếu: chưa nhập");
    }

    @Test
    void badStopsAreRefusedNamingTheStop() {
        OutboundPlan base = fourDaysInSeoul(usd("25000"));
        OutboundPlan plan = new OutboundPlan(DELEGATION_ID, List.of(
                new CountryStop("VN", "Việt Nam", "Đà Nẵng", HANOI, april(6), april(7)),
                new CountryStop("XX", "Hàn Quốc", "Seoul", SEOUL, april(9), april(8)),
                new CountryStop("kr", "", "", null, april(7), april(9))), base.legs(), base.passports(), "", base.exchangeRate());

        assertThat(problems(plan)).containsExactly(
                "stops[0].countryCode: Điểm đến 1 (Đà Nẵng, Việt Nam) – Mã nước: điểm đến phải ở nước ngoài, không phải Việt Nam",
                "stops[1].countryCode: Điểm đến 2 (Seoul, Hàn Quốc) – Mã nước: «XX» không phải mã nước theo ISO 3166-1 (hai "
                        + "chữ cái, ví dụ KR)",
                "stops[1].departureDate: Điểm đến 2 (Seoul, Hàn Quốc) – Ngày đi: ngày đi 08/04/2026 trước ngày đến 09/04/2026",
                "stops[2].countryName: Điểm đến 3 – Tên nước: chưa nhập",
                "stops[2].city: Điểm đến 3 – Thành phố: chưa nhập",
                "stops[2].zone: Điểm đến 3 – Múi giờ: chưa nhập",
                "stops[2].arrivalDate: Điểm đến 3 – Ngày đến: ngày đến 07/04/2026 trước ngày rời điểm đến trước đó "
                        + "(08/04/2026)");
    }

    @Test
    void aStopOutsideTheFlightsAPlanWithoutFlightsAnUnknownRateSetAndAnotherDelegationAreRefused() {
        OutboundPlan base = fourDaysInSeoul(usd("25000"));
        OutboundPlan early = new OutboundPlan(DELEGATION_ID, List.of(seoul(april(5), april(10))), base.legs(),
                base.passports(), "", base.exchangeRate());
        assertThat(problems(early)).containsExactly(
                "stops[0].arrivalDate: Điểm đến 1 (Seoul, Hàn Quốc) – Ngày đến: ngày 05/04/2026 trước ngày cất cánh của "
                        + "chặng bay đầu tiên (06/04/2026, theo giờ nơi đến)",
                "stops[0].departureDate: Điểm đến 1 (Seoul, Hàn Quốc) – Ngày đi: ngày 10/04/2026 sau ngày hạ cánh của chặng "
                        + "bay cuối cùng (09/04/2026, theo giờ nơi đến)");

        OutboundPlan other = new OutboundPlan(8L, List.of(), List.of(), List.of(), "tt-999", null);
        assertThat(problems(other)).containsExactly(
                "delegationId: Kế hoạch đi nước ngoài – Đoàn: kế hoạch này thuộc đoàn mã 8, không phải đoàn mã 7",
                "stops: Điểm đến ở nước ngoài: chưa có điểm đến nào",
                "legs: Chặng bay: chưa có chặng bay nào (cần ít nhất chặng đi và chặng về)",
                "foreignRateSetId: Bộ định mức công tác nước ngoài: không có bộ định mức mã «tt-999»");
    }

    @Test
    void aFlightLeavingBeforeThePreviousOneLandsIsRefused() {
        OutboundPlan base = fourDaysInSeoul(usd("25000"));
        OutboundPlan plan = new OutboundPlan(DELEGATION_ID, base.stops(), List.of(
                leg("VN416", "Hà Nội", HANOI, april(6, 8, 0), "Incheon", SEOUL, april(6, 14, 30)),
                leg("VN417", "Incheon", SEOUL, april(6, 14, 0), "Hà Nội", HANOI, april(6, 16, 40))),
                base.passports(), "", base.exchangeRate());

        assertThat(problems(plan)).contains("legs[1].departureLocal: Chặng bay 2 (VN417 Incheon – Hà Nội) – Giờ đi: trước "
                + "giờ đến của chặng bay 1");
    }
}
