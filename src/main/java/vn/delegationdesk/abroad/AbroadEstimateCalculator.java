package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;

/**
 * Builds the estimate of a trip abroad from the delegation's members, its {@link OutboundPlan}, the foreign rate sets
 * and the user's {@link AbroadInputs}. Pure. Lines and their basis:
 * <ul>
 *   <li>airfare, one line per flight class: members entitled to it × the fare typed for it (quoted);</li>
 *   <li>per diem per country: members × days counted for it ({@link AbroadCalendar}) × its per diem in the set;</li>
 *   <li>lodging per country: members × hotel nights in it × its lodging cap in the set;</li>
 *   <li>airport transfers (two per stop), visa fees and insurance per member (quoted), gifts and an interpreter per day
 *   abroad (quoted, optional);</li>
 *   <li>the lines the user adds to "Chi phí khác" ({@link OtherCost}), each as typed.</li>
 * </ul>
 * A computed line takes the quantity or times the user set for it ({@link LineOverride}) instead of its own.
 * Each line is computed exactly in its currency and converted once to whole đồng, half a đồng and more rounded up; a
 * line the set, the user or the exchange rate leaves without an amount says why and makes the estimate a draft.
 */
public final class AbroadEstimateCalculator {
    private static final Currency VND = Currency.getInstance("VND");
    private static final String QUOTED = "Theo báo giá";
    private static final String ROUNDING_NOTE = "Mỗi dòng được tính bằng ngoại tệ rồi quy đổi một lần sang đồng theo tỷ "
            + "giá trên, làm tròn đến đồng (từ 0,5 đồng trở lên làm tròn lên).";

    private final Delegation delegation;
    private final OutboundPlan plan;
    private final AbroadInputs inputs;
    private final AbroadCalendar calendar;
    private final ForeignRateSet rateSet;
    private final List<AbroadLine> lines = new ArrayList<>();
    private final List<AbroadWarning> warnings = new ArrayList<>();

    private AbroadEstimateCalculator(Delegation delegation, OutboundPlan plan, List<ForeignRateSet> sets,
            AbroadInputs inputs) {
        this.delegation = delegation;
        this.plan = plan;
        this.inputs = inputs;
        this.calendar = AbroadCalendar.of(plan);
        this.rateSet = ForeignRateSet.choose(sets, plan.foreignRateSetId(), calendar.exitDate()).orElse(null);
    }

    public static AbroadEstimate compute(Delegation delegation, OutboundPlan plan, List<ForeignRateSet> sets,
            AbroadInputs inputs) {
        AbroadEstimateCalculator calculator = new AbroadEstimateCalculator(delegation, plan, sets, inputs);
        calculator.travel();
        calculator.perDiem();
        calculator.lodging();
        calculator.other();
        return new AbroadEstimate(calculator.rateSet, plan.exchangeRate(), calculator.calendar, calculator.lines,
                calculator.notes(), calculator.warnings);
    }

    private void travel() {
        Map<FlightClass, Integer> travellers = new EnumMap<>(FlightClass.class);
        for (Member member : delegation.members()) {
            travellers.merge(inputs.flightClass(member.id()), 1, Integer::sum);
        }
        String route = route();
        String basis = QUOTED + "; hạng vé theo tiêu chuẩn của " + setName() + " (tiêu chuẩn hạng vé chưa xác minh)";
        travellers.forEach((flightClass, count) -> add("travel.flight." + flightClass.name(), AbroadSection.TRAVEL,
                "Vé máy bay " + route + " (" + flightClass.label() + ")", "vé", count, 1, inputs.fares().get(flightClass),
                basis, "Chưa có giá vé " + flightClass.label() + ": nhập theo báo giá", false));
        add("travel.transfer", AbroadSection.TRAVEL, "Đưa đón sân bay – nơi ở tại nước ngoài", "lượt",
                2L * plan.stops().size(), 1, inputs.airportTransfer(), QUOTED + "; khoán theo " + setName() + " nếu có",
                "Chưa có giá đưa đón sân bay: nhập theo báo giá", false);
    }

    private void perDiem() {
        for (AbroadCalendar.CountryTime country : calendar.countries()) {
            Optional<CountryRate> rate = rateFor(country.countryCode());
            Price price = rate.map(CountryRate::perDiem).map(p -> new Price(p, rate.get().currency())).orElse(null);
            String missing = "Chưa có mức phụ cấp của " + country.countryName() + " trong bộ định mức " + setName();
            if (rateSet != null && price == null) {
                warnings.add(AbroadWarning.of("abroad.warning.noPerDiem", country.countryName(), rateSet.name()));
            }
            add("perDiem." + country.countryCode(), AbroadSection.PER_DIEM, "Tiền ăn và tiêu vặt tại "
                    + country.countryName(), "người", members(), country.days(), price, basis(rate), missing, false);
            unverified(rate, price, "perDiem." + country.countryCode());
        }
    }

    private void lodging() {
        for (AbroadCalendar.CountryTime country : calendar.countries()) {
            Optional<CountryRate> rate = rateFor(country.countryCode());
            Price price = rate.map(CountryRate::lodgingCap).map(p -> new Price(p, rate.get().currency())).orElse(null);
            String missing = "Chưa có mức tiền thuê chỗ ở của " + country.countryName() + " trong bộ định mức " + setName();
            if (rateSet != null && price == null && country.nights() > 0) {
                warnings.add(AbroadWarning.of("abroad.warning.noLodgingCap", country.countryName(), rateSet.name()));
            }
            add("lodging." + country.countryCode(), AbroadSection.LODGING, "Tiền thuê chỗ ở tại " + country.countryName()
                    + " (đêm/người)", "người", members(), country.nights(), price, basis(rate), missing, false);
            unverified(rate, price, "lodging." + country.countryCode());
        }
    }

    private void other() {
        String missing = ": nhập theo báo giá";
        add("other.visa", AbroadSection.OTHER, "Lệ phí thị thực (visa), nếu nước đến yêu cầu", "người", members(), 1,
                inputs.visaFee(), QUOTED, "Chưa có lệ phí thị thực" + missing, true);
        add("other.insurance", AbroadSection.OTHER, "Bảo hiểm y tế, bảo hiểm du lịch quốc tế", "người", members(), 1,
                inputs.insurance(), QUOTED, "Chưa có giá bảo hiểm" + missing, false);
        add("other.gifts", AbroadSection.OTHER, "Quà tặng đối ngoại (nếu có)", "gói", 1, 1, inputs.gifts(), QUOTED,
                "Chưa có giá quà tặng" + missing, true);
        add("other.interpreter", AbroadSection.OTHER, "Thuê phiên dịch (nếu có)", "ngày", 1, calendar.daysAbroad(),
                inputs.interpreterPerDay(), QUOTED, "Chưa có giá thuê phiên dịch" + missing, true);
        for (int i = 0; i < inputs.otherCosts().size(); i++) {
            OtherCost cost = inputs.otherCosts().get(i);
            // A line still being typed is named by its row until it has a content (the validator asks for one).
            String content = cost.content().isEmpty() ? "Chi phí khác dòng " + (i + 1) : cost.content();
            add("other.added." + (i + 1), AbroadSection.OTHER, content, cost.unit(), cost.quantity(), cost.times(),
                    cost.price(), cost.basis().isEmpty() ? QUOTED : cost.basis(), "Chưa có đơn giá" + missing, false);
        }
    }

    private void add(String key, AbroadSection section, String content, String unit, long computedQuantity, long computedTimes,
            Price price, String basis, String missingNote, boolean optional) {
        LineOverride edited = inputs.overrides().get(key);
        long quantity = edited == null || edited.quantity() == null ? computedQuantity : edited.quantity();
        long times = edited == null || edited.times() == null ? computedTimes : edited.times();
        if (price == null) {
            lines.add(new AbroadLine(key, section, content, unit, quantity, times, null, null, null, basis,
                    missingNote, optional));
            if (!optional && quantity > 0 && times > 0 && !key.startsWith("perDiem.") && !key.startsWith("lodging.")) {
                warnings.add(AbroadWarning.of("abroad.warning.missingPrice", content));
            }
            return;
        }
        BigDecimal foreign = price.amount().multiply(BigDecimal.valueOf(quantity)).multiply(BigDecimal.valueOf(times));
        ExchangeRate rate = plan.exchangeRate();
        Long amount;
        String note;
        if (price.currency().equals(VND)) {
            amount = foreign.setScale(0, ExchangeRate.ROUNDING).longValueExact();
            note = "";
        } else if (!usable(rate) || !price.currency().equals(rate.currency())) {
            amount = null;
            note = "Chưa có tỷ giá " + price.currency().getCurrencyCode() + ": chưa quy đổi được sang đồng";
            if (quantity > 0 && times > 0) {
                warnings.add(AbroadWarning.of("abroad.warning.noExchangeRate", price.currency().getCurrencyCode(), content));
            }
        } else {
            amount = rate.toDong(foreign);
            String code = price.currency().getCurrencyCode();
            note = ForeignAmounts.number(foreign) + " " + code + " × " + ForeignAmounts.number(rate.vndPerUnit()) + " đ/"
                    + code + " = " + ForeignAmounts.number(amount) + " đ (quy đổi một lần cho cả dòng, làm tròn đến đồng)";
        }
        lines.add(new AbroadLine(key, section, content, unit, quantity, times, price.currency(), price.amount(), amount,
                basis, note, optional));
    }

    /** A rate the validator would accept: a currency and a positive number of đồng. */
    private static boolean usable(ExchangeRate rate) {
        return rate != null && rate.currency() != null && rate.vndPerUnit() != null && rate.vndPerUnit().signum() > 0;
    }

    private void unverified(Optional<CountryRate> rate, Price price, String key) {
        if (price != null && !rate.orElseThrow().verified()) {
            lines.stream().filter(l -> l.key().equals(key) && l.quantity() * l.times() > 0).findFirst().ifPresent(line ->
                    warnings.add(AbroadWarning.of("abroad.warning.unverifiedRate", line.content(), setName())));
        }
    }

    private Optional<CountryRate> rateFor(String countryCode) {
        return rateSet == null ? Optional.empty() : rateSet.rateFor(countryCode);
    }

    private String basis(Optional<CountryRate> rate) {
        return rate.map(CountryRate::basis).filter(b -> !b.isEmpty()).orElse(setName());
    }

    private String setName() {
        return rateSet == null ? "(chưa chọn bộ định mức)" : rateSet.name();
    }

    private long members() {
        return delegation.members().size();
    }

    /** "Hà Nội – Incheon – Hà Nội": the first flight's origin, then every flight's destination. */
    private String route() {
        if (plan.legs().isEmpty()) {
            return "quốc tế";
        }
        StringBuilder route = new StringBuilder(plan.legs().get(0).fromPlace());
        for (FlightLeg leg : plan.legs()) {
            route.append(" – ").append(leg.toPlace());
        }
        return route.toString();
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (rateSet == null) {
            String day = calendar.exitDate() == null ? "" : ForeignAmounts.day(calendar.exitDate());
            warnings.add(0, day.isEmpty() ? AbroadWarning.of("abroad.warning.noRateSetNoDate")
                    : AbroadWarning.of("abroad.warning.noRateSet", day));
            notes.add("Định mức áp dụng: chưa có bộ định mức công tác nước ngoài có hiệu lực ngày xuất cảnh " + day);
        } else {
            notes.add("Định mức áp dụng: " + rateSet.name());
        }
        ExchangeRate rate = plan.exchangeRate();
        if (!usable(rate) || rate.date() == null) {
            notes.add("Tỷ giá: chưa nhập");
        } else {
            String code = rate.currency().getCurrencyCode();
            notes.add("Tỷ giá: 1 " + code + " = " + ForeignAmounts.number(rate.vndPerUnit()) + " đ, ngày "
                    + ForeignAmounts.day(rate.date()) + (rate.source().isEmpty() ? "" : ", nguồn: " + rate.source()));
        }
        notes.add(ROUNDING_NOTE);
        if (calendar.exitDate() != null && calendar.reentryDate() != null) {
            notes.add("Số ngày tính từ ngày xuất cảnh " + ForeignAmounts.day(calendar.exitDate()) + " đến ngày nhập cảnh "
                    + ForeignAmounts.day(calendar.reentryDate()) + " (theo lịch Việt Nam): " + calendar.daysAbroad()
                    + " ngày; số đêm là số đêm nghỉ tại nơi đến: " + calendar.nights() + " đêm (cách tính chờ phòng tài chính "
                    + "xác nhận).");
        }
        return notes;
    }
}
