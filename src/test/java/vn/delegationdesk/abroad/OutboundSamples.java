package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;

/**
 * The outbound trip of {@link AbroadFixtures} for the tests of other packages (the store, the copy to a server): five
 * invented members to Seoul, leaving Hà Nội at 23:50 and landing at Incheon at 06:30 the next day, at an exchange rate of
 * 25.345,5 đ/USD, with the rate set of TEST DATA (its USD figures are not the circular's).
 */
public final class OutboundSamples {
    public static final String TEST_SET_ID = AbroadFixtures.TEST_SET_ID;
    public static final String RATE = "25345.5";

    private OutboundSamples() {
    }

    /** The five members' delegation, not stored yet (no id). */
    public static Delegation delegation() {
        return AbroadFixtures.delegation().toBuilder().id(null).build();
    }

    /** The same delegation as stored under {@code id}. */
    public static Delegation delegation(long id) {
        return AbroadFixtures.delegation().toBuilder().id(id).build();
    }

    /**
     * Hà Nội 05/4 23:50 (Asia/Ho_Chi_Minh) → Incheon 06/4 06:30 (Asia/Seoul); Seoul 06/4–09/4; Incheon 09/4 18:00 → Hà Nội
     * 20:40; five passports; the test set; 1 USD = 25.345,5 đ on 01/4/2026 from Vietcombank.
     */
    public static OutboundPlan plan(long delegationId) {
        return new OutboundPlan(delegationId, List.of(AbroadFixtures.seoul(AbroadFixtures.april(6), AbroadFixtures.april(9))),
                List.of(AbroadFixtures.leg("VN416", "Hà Nội", AbroadFixtures.HANOI, AbroadFixtures.april(5, 23, 50), "Incheon",
                        AbroadFixtures.SEOUL, AbroadFixtures.april(6, 6, 30)),
                        AbroadFixtures.leg("VN417", "Incheon", AbroadFixtures.SEOUL, AbroadFixtures.april(9, 18, 0), "Hà Nội",
                                AbroadFixtures.HANOI, AbroadFixtures.april(9, 20, 40))),
                AbroadFixtures.passports(), TEST_SET_ID, AbroadFixtures.usd(RATE));
    }

    /** {@code plan} with other flights. */
    public static OutboundPlan withLegs(OutboundPlan plan, List<FlightLeg> legs) {
        return new OutboundPlan(plan.delegationId(), plan.stops(), legs, plan.passports(), plan.foreignRateSetId(),
                plan.exchangeRate());
    }

    /**
     * An Bình flies business; economy 450 USD, business 1.200,50 USD; visa 25 USD; insurance 350.000 VND; no airport
     * transfer typed yet; gifts 2.000.000 VND; interpreter 150,75 USD a day.
     */
    public static AbroadInputs inputs() {
        Map<FlightClass, Price> fares = new EnumMap<>(FlightClass.class);
        fares.put(FlightClass.ECONOMY, Price.of("450", "USD"));
        fares.put(FlightClass.BUSINESS, Price.of("1200.50", "USD"));
        return new AbroadInputs(Map.of("a", FlightClass.BUSINESS), fares, Price.of("25", "USD"), Price.of("350000", "VND"), null,
                Price.of("2000000", "VND"), Price.of("150.75", "USD"));
    }

    /** TEST DATA: Hàn Quốc 60 USD a day, 45 USD a night. */
    public static ForeignRateSet testRates() {
        return AbroadFixtures.testRates();
    }

    /** TEST DATA: a group of two countries with caps in EUR, one of them not entered yet. */
    public static ForeignRateSet testRatesWithGroup() {
        return testRates().withRates(List.of(testRates().rates().get(0), new CountryRate("NHOM-1", "Nhóm nước châu Âu (dữ liệu"
                + " thử)", List.of("FR", "DE"), Currency.getInstance("EUR"), new BigDecimal("70.50"), null, "Dữ liệu thử", false)));
    }
}
