package vn.delegationdesk.abroad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.delegationdesk.abroad.AbroadFixtures.HANOI;
import static vn.delegationdesk.abroad.AbroadFixtures.SEOUL;
import static vn.delegationdesk.abroad.AbroadFixtures.april;
import static vn.delegationdesk.abroad.AbroadFixtures.delegation;
import static vn.delegationdesk.abroad.AbroadFixtures.fourDaysInSeoul;
import static vn.delegationdesk.abroad.AbroadFixtures.leg;
import static vn.delegationdesk.abroad.AbroadFixtures.seoul;
import static vn.delegationdesk.abroad.AbroadFixtures.testRates;
import static vn.delegationdesk.abroad.AbroadFixtures.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.platform.i18n.Messages;

/** The figures of the rate set are TEST DATA (AbroadFixtures.testRates), not those of TT 140/2025. */
class AbroadEstimateCalculatorTest {
    private final Messages messages = new Messages();

    private static AbroadEstimate estimate(OutboundPlan plan, AbroadInputs inputs) {
        return AbroadEstimateCalculator.compute(delegation(), plan, List.of(testRates()), inputs);
    }

    private static AbroadInputs allQuoted() {
        return new AbroadInputs(Map.of(), Map.of(FlightClass.ECONOMY, Price.of("450", "USD")), Price.of("25", "USD"),
                Price.of("300000", "VND"), Price.of("1200000", "VND"), Price.of("2000000", "VND"), Price.of("100", "USD"));
    }

    private List<String> warnings(AbroadEstimate estimate) {
        return estimate.warnings().stream().map(w -> messages.get(w.messageKey(), w.args().toArray())).toList();
    }

    @Test
    void fiveMembersForFourDaysAt60UsdADayAnd25000DongPerUsdGiveThirtyMillionDong() {
        AbroadEstimate estimate = estimate(fourDaysInSeoul(usd("25000")), AbroadInputs.none());

        AbroadLine perDiem = estimate.line("perDiem.KR").orElseThrow();
        assertThat(perDiem.content()).isEqualTo("Tiền ăn và tiêu vặt tại Hàn Quốc");
        assertThat(List.of(perDiem.quantity(), perDiem.times())).containsExactly(5L, 4L);
        assertThat(perDiem.unitPrice()).isEqualByComparingTo("60");
        assertThat(perDiem.foreignAmount()).isEqualByComparingTo("1200");
        assertThat(perDiem.amountVnd()).isEqualTo(30_000_000L);
        assertThat(perDiem.note()).isEqualTo("1.200 USD × 25.000 đ/USD = 30.000.000 đ (quy đổi một lần cho cả dòng, làm "
                + "tròn đến đồng)");
        assertThat(perDiem.basis()).isEqualTo("Dữ liệu thử");
        AbroadLine lodging = estimate.line("lodging.KR").orElseThrow();
        assertThat(List.of(lodging.quantity(), lodging.times())).containsExactly(5L, 3L);
        assertThat(lodging.amountVnd()).isEqualTo(16_875_000L);
        assertThat(estimate.subtotal(AbroadSection.PER_DIEM)).isEqualTo(30_000_000L);
    }

    @Test
    void eachLineIsConvertedOnceAndRoundedHalfUpToTheDong() {
        AbroadEstimate estimate = estimate(fourDaysInSeoul(usd("25345.5")), allQuoted());

        // 5 × 4 × 60 = 1.200 USD × 25.345,5 = 30.414.600 đ exactly.
        assertThat(estimate.line("perDiem.KR").orElseThrow().amountVnd()).isEqualTo(30_414_600L);
        // 5 × 3 × 45 = 675 USD × 25.345,5 = 17.108.212,5 → 17.108.213 đ; rounding each night's 1.140.547,5 first
        // would give 15 × 1.140.548 = 17.108.220 đ.
        AbroadLine lodging = estimate.line("lodging.KR").orElseThrow();
        assertThat(lodging.amountVnd()).isEqualTo(17_108_213L);
        assertThat(lodging.note()).isEqualTo("675 USD × 25.345,5 đ/USD = 17.108.213 đ (quy đổi một lần cho cả dòng, làm "
                + "tròn đến đồng)");
        // 5 × 25 = 125 USD × 25.345,5 = 3.168.187,5 → 3.168.188 đ (per person first: 5 × 633.638 = 3.168.190 đ).
        assertThat(estimate.line("other.visa").orElseThrow().amountVnd()).isEqualTo(3_168_188L);
        assertThat(estimate.notes()).containsExactly(
                "Định mức áp dụng: Bộ định mức thử (dữ liệu thử)",
                "Tỷ giá: 1 USD = 25.345,5 đ, ngày 01/04/2026, nguồn: Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)",
                "Mỗi dòng được tính bằng ngoại tệ rồi quy đổi một lần sang đồng theo tỷ giá trên, làm tròn đến đồng (từ 0,5 "
                        + "đồng trở lên làm tròn lên).",
                "Số ngày tính từ ngày xuất cảnh 06/04/2026 đến ngày nhập cảnh 09/04/2026 (theo lịch Việt Nam): 4 ngày; số "
                        + "đêm là số đêm nghỉ tại nơi đến: 3 đêm (cách tính chờ phòng tài chính xác nhận).");
    }

    @Test
    void aWholeEstimateHasEveryLineInDongAndItsTotalIsTheSumOfItsLines() {
        AbroadEstimate estimate = estimate(fourDaysInSeoul(usd("25000")), allQuoted());

        assertThat(estimate.lines()).extracting(AbroadLine::content, AbroadLine::amountVnd).containsExactly(
                tuple("Vé máy bay Hà Nội – Incheon – Hà Nội (hạng phổ thông)", 56_250_000L),
                tuple("Đưa đón sân bay – nơi ở tại nước ngoài", 2_400_000L),
                tuple("Tiền ăn và tiêu vặt tại Hàn Quốc", 30_000_000L),
                tuple("Tiền thuê chỗ ở tại Hàn Quốc (đêm/người)", 16_875_000L),
                tuple("Lệ phí thị thực (visa), nếu nước đến yêu cầu", 3_125_000L),
                tuple("Bảo hiểm y tế, bảo hiểm du lịch quốc tế", 1_500_000L),
                tuple("Quà tặng đối ngoại (nếu có)", 2_000_000L),
                tuple("Thuê phiên dịch (nếu có)", 10_000_000L));
        assertThat(estimate.total()).isEqualTo(122_150_000L)
                .isEqualTo(estimate.lines().stream().mapToLong(AbroadLine::amount).sum())
                .isEqualTo(Arrays.stream(AbroadSection.values()).mapToLong(estimate::subtotal).sum());
        assertThat(estimate.draft()).isFalse();
        assertThat(warnings(estimate)).containsExactly(
                "Tiền ăn và tiêu vặt tại Hàn Quốc: mức trong bộ định mức Bộ định mức thử (dữ liệu thử) chưa được đối chiếu "
                        + "với văn bản gốc.",
                "Tiền thuê chỗ ở tại Hàn Quốc (đêm/người): mức trong bộ định mức Bộ định mức thử (dữ liệu thử) chưa được "
                        + "đối chiếu với văn bản gốc.");
    }

    @Test
    void aLineTheUserAddsIsComputedInItsCurrencyConvertedOnceAndCountedInTheTotal() {
        AbroadInputs inputs = allQuoted().withOtherCosts(List.of(
                new OtherCost("Cước hành lý quá cước (tài liệu, ấn phẩm)", "kiện", 2, 1, Price.of("35.5", "USD"), ""),
                new OtherCost("Thuê xe đi làm việc tại Seoul", "ngày", 1, 3, Price.of("1500000", "VND"), "Báo giá ngày 20/3"),
                new OtherCost("Lệ phí sân bay", "người", 5, 1, null, "")));

        AbroadEstimate estimate = estimate(fourDaysInSeoul(usd("25000")), inputs);

        assertThat(estimate.lines()).filteredOn(l -> l.key().startsWith("other.added."))
                .extracting(AbroadLine::section, AbroadLine::content, AbroadLine::basis, AbroadLine::amountVnd, AbroadLine::note)
                .containsExactly(
                        tuple(AbroadSection.OTHER, "Cước hành lý quá cước (tài liệu, ấn phẩm)", "Theo báo giá", 1_775_000L,
                                "71 USD × 25.000 đ/USD = 1.775.000 đ (quy đổi một lần cho cả dòng, làm tròn đến đồng)"),
                        tuple(AbroadSection.OTHER, "Thuê xe đi làm việc tại Seoul", "Báo giá ngày 20/3", 4_500_000L, ""),
                        tuple(AbroadSection.OTHER, "Lệ phí sân bay", "Theo báo giá", null,
                                "Chưa có đơn giá: nhập theo báo giá"));
        assertThat(estimate.total()).isEqualTo(122_150_000L + 1_775_000L + 4_500_000L)
                .isEqualTo(estimate.lines().stream().mapToLong(AbroadLine::amount).sum());
        assertThat(estimate.draft()).as("a line added without a price leaves the total incomplete").isTrue();
    }

    @Test
    void aQuantityOrTimesTheUserSetsReplacesTheComputedOneAndZeroLeavesTheLineUncounted() {
        AbroadInputs inputs = allQuoted().withOverrides(Map.of(
                "other.insurance", new LineOverride(4L, null),
                "other.interpreter", new LineOverride(null, 2L),
                "other.gifts", new LineOverride(0L, null)));

        AbroadEstimate estimate = estimate(fourDaysInSeoul(usd("25000")), inputs);

        assertThat(estimate.line("other.insurance").orElseThrow()).extracting(AbroadLine::quantity, AbroadLine::amountVnd)
                .containsExactly(4L, 1_200_000L);
        assertThat(estimate.line("other.interpreter").orElseThrow()).extracting(AbroadLine::times, AbroadLine::amountVnd)
                .containsExactly(2L, 5_000_000L);
        assertThat(estimate.line("other.gifts").orElseThrow().amount()).isZero();
        // 122.150.000 – 300.000 (one insurance fewer) – 5.000.000 (two interpreter days fewer) – 2.000.000 (no gifts).
        assertThat(estimate.total()).isEqualTo(114_850_000L).isEqualTo(estimate.lines().stream().mapToLong(AbroadLine::amount).sum());
        assertThat(estimate.draft()).isFalse();
    }

    @Test
    void membersAreSplitByTheFlightClassTheUserSetsAndAFareNotTypedLeavesADraft() {
        AbroadInputs inputs = new AbroadInputs(Map.of("a", FlightClass.BUSINESS),
                Map.of(FlightClass.ECONOMY, Price.of("450", "USD")), null, null, null, null, null);

        AbroadEstimate estimate = estimate(fourDaysInSeoul(usd("25000")), inputs);

        AbroadLine business = estimate.line("travel.flight.BUSINESS").orElseThrow();
        assertThat(business.quantity()).isEqualTo(1L);
        assertThat(business.amountVnd()).isNull();
        assertThat(business.note()).isEqualTo("Chưa có giá vé hạng thương gia: nhập theo báo giá");
        assertThat(estimate.line("travel.flight.ECONOMY").orElseThrow().amountVnd()).isEqualTo(45_000_000L);
        assertThat(estimate.draft()).isTrue();
        assertThat(warnings(estimate)).contains("Vé máy bay Hà Nội – Incheon – Hà Nội (hạng thương gia): chưa có giá, "
                + "nhập theo báo giá.");
    }

    @Test
    void aCountryWithoutARateInTheBuiltInSetSaysSoAndIsNeverZero() {
        OutboundPlan plan = fourDaysInSeoul(usd("25000"));
        plan = new OutboundPlan(plan.delegationId(), plan.stops(), plan.legs(), plan.passports(), "", plan.exchangeRate());

        AbroadEstimate estimate = AbroadEstimateCalculator.compute(delegation(), plan, BuiltInForeignRateSets.all(),
                allQuoted());

        assertThat(estimate.rateSet().id()).isEqualTo(BuiltInForeignRateSets.TT140_ID);
        AbroadLine perDiem = estimate.line("perDiem.KR").orElseThrow();
        assertThat(perDiem.unitPrice()).isNull();
        assertThat(perDiem.amountVnd()).isNull();
        assertThat(perDiem.note()).isEqualTo("Chưa có mức phụ cấp của Hàn Quốc trong bộ định mức Thông tư 140/2025/TT-BTC");
        assertThat(estimate.line("lodging.KR").orElseThrow().note())
                .isEqualTo("Chưa có mức tiền thuê chỗ ở của Hàn Quốc trong bộ định mức Thông tư 140/2025/TT-BTC");
        assertThat(estimate.draft()).isTrue();
        assertThat(estimate.incompleteLines()).isEqualTo(2);
        assertThat(estimate.total()).isEqualTo(estimate.lines().stream().mapToLong(AbroadLine::amount).sum());
        assertThat(warnings(estimate)).containsExactly(
                "Chưa có mức phụ cấp của Hàn Quốc trong bộ định mức Thông tư 140/2025/TT-BTC: dự toán còn là dự thảo.",
                "Chưa có mức tiền thuê chỗ ở của Hàn Quốc trong bộ định mức Thông tư 140/2025/TT-BTC: dự toán còn là dự "
                        + "thảo.");
    }

    @Test
    void withoutAnExchangeRateAForeignLineIsNotConvertedAndSaysWhy() {
        AbroadEstimate estimate = estimate(fourDaysInSeoul(null), AbroadInputs.none());

        AbroadLine perDiem = estimate.line("perDiem.KR").orElseThrow();
        assertThat(perDiem.amountVnd()).isNull();
        assertThat(perDiem.note()).isEqualTo("Chưa có tỷ giá USD: chưa quy đổi được sang đồng");
        assertThat(estimate.notes()).contains("Tỷ giá: chưa nhập");
        assertThat(estimate.draft()).isTrue();
        assertThat(warnings(estimate)).contains("Tiền ăn và tiêu vặt tại Hàn Quốc: chưa có tỷ giá USD, chưa quy đổi được "
                + "sang đồng.");
        // A rate of zero, which the validator refuses, converts nothing either: never a line of 0 đ.
        assertThat(estimate(fourDaysInSeoul(usd("0")), AbroadInputs.none()).line("perDiem.KR").orElseThrow().amountVnd())
                .isNull();
    }

    @Test
    void aCapInAnotherCurrencyThanTheExchangeRatesStaysUnconverted() {
        ForeignRateSet euros = testRates().withRates(List.of(CountryRate.country("KR", "Hàn Quốc",
                Currency.getInstance("EUR"), new BigDecimal("55"), null, "Dữ liệu thử", false)));

        AbroadEstimate estimate = AbroadEstimateCalculator.compute(delegation(), fourDaysInSeoul(usd("25000")),
                List.of(euros), AbroadInputs.none());

        AbroadLine perDiem = estimate.line("perDiem.KR").orElseThrow();
        assertThat(perDiem.foreignAmount()).isEqualByComparingTo("1100");
        assertThat(perDiem.amountVnd()).isNull();
        assertThat(perDiem.note()).isEqualTo("Chưa có tỷ giá EUR: chưa quy đổi được sang đồng");
        assertThat(estimate.draft()).isTrue();
    }

    @Test
    void theBuiltInSetsAreEmptyAndTheOneInForceOnTheDayOfExitIsChosen() {
        assertThat(BuiltInForeignRateSets.all()).allSatisfy(set -> assertThat(set.rates()).isEmpty());
        assertThat(BuiltInForeignRateSets.all()).allSatisfy(set -> assertThat(set.notes())
                .contains("phòng tài chính nhập mức tiền ăn và tiêu vặt, mức tiền thuê chỗ ở theo từng nước từ Phụ lục"));
        List<ForeignRateSet> sets = BuiltInForeignRateSets.all();

        assertThat(ForeignRateSet.choose(sets, "", LocalDate.of(2026, 2, 13)).orElseThrow().name())
                .isEqualTo("Thông tư 102/2012/TT-BTC");
        assertThat(ForeignRateSet.choose(sets, "", LocalDate.of(2026, 2, 14)).orElseThrow().name())
                .isEqualTo("Thông tư 140/2025/TT-BTC");
        assertThat(ForeignRateSet.choose(sets, "", LocalDate.of(2012, 8, 9))).isEmpty();
        assertThat(ForeignRateSet.choose(sets, BuiltInForeignRateSets.TT102_ID, LocalDate.of(2026, 4, 6)).orElseThrow()
                .documentNumber()).isEqualTo("102/2012/TT-BTC");
    }

    @Test
    void aGroupRateAppliesToTheCountriesItListsUnlessTheCountryHasItsOwn() {
        ForeignRateSet set = testRates().withRates(List.of(
                new CountryRate("NHOM-A", "Nhóm A (dữ liệu thử)", List.of("KR", "JP"), AbroadFixtures.USD,
                        new BigDecimal("50"), null, "Dữ liệu thử", false),
                CountryRate.country("JP", "Nhật Bản", AbroadFixtures.USD, new BigDecimal("70"), null, "Dữ liệu thử", false)));

        assertThat(set.rateFor("KR").orElseThrow().perDiem()).isEqualByComparingTo("50");
        assertThat(set.rateFor("JP").orElseThrow().perDiem()).isEqualByComparingTo("70");
        assertThat(set.rateFor("US")).isEmpty();
    }

    @Test
    void aStopWithoutNightsHasNoLodgingToPrice() {
        OutboundPlan plan = new OutboundPlan(AbroadFixtures.DELEGATION_ID, List.of(seoul(april(6), april(6))), List.of(
                leg("VN416", "Hà Nội", HANOI, april(6, 0, 30), "Incheon", SEOUL, april(6, 7, 0)),
                leg("VN417", "Incheon", SEOUL, april(6, 23, 0), "Hà Nội", HANOI, april(7, 1, 40))),
                List.of(), AbroadFixtures.TEST_SET_ID, usd("25000"));

        AbroadEstimate estimate = estimate(plan, AbroadInputs.none());

        AbroadLine lodging = estimate.line("lodging.KR").orElseThrow();
        assertThat(lodging.times()).isZero();
        assertThat(lodging.amountVnd()).isZero();
        assertThat(estimate.line("perDiem.KR").orElseThrow().times()).isEqualTo(2L);
    }
}
