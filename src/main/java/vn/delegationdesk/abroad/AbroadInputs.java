package vn.delegationdesk.abroad;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.delegationdesk.budget.FlightClass;

/**
 * What the user enters for an estimate abroad besides the plan: the flight class each member is entitled to (absent:
 * economy; the class entitlement abroad is not verified, the user sets it), the fare per class and the quoted prices,
 * each null while not typed: visa fee and insurance per person, an airport transfer (per trip between airport and
 * lodging, two per stop), gifts (quà tặng, for the delegation) and an interpreter per day abroad; and the lines of
 * "Chi phí khác" the user adds ({@link OtherCost}), in their order; and the quantities or times the user set for computed
 * lines ({@link LineOverride}, by the line's key: "other.insurance", "perDiem.KR").
 */
public record AbroadInputs(Map<String, FlightClass> flightClasses, Map<FlightClass, Price> fares, Price visaFee,
        Price insurance, Price airportTransfer, Price gifts, Price interpreterPerDay, List<OtherCost> otherCosts,
        Map<String, LineOverride> overrides) {
    public AbroadInputs {
        flightClasses = Map.copyOf(flightClasses);
        Map<FlightClass, Price> byClass = new EnumMap<>(FlightClass.class);
        byClass.putAll(fares);
        fares = Collections.unmodifiableMap(byClass);
        otherCosts = otherCosts == null ? List.of() : List.copyOf(otherCosts);
        Map<String, LineOverride> kept = new TreeMap<>();
        if (overrides != null) {
            overrides.forEach((key, value) -> {
                if (value != null && !value.isEmpty()) {
                    kept.put(key, value);
                }
            });
        }
        overrides = Collections.unmodifiableMap(kept);
    }

    /** The inputs without lines edited by the user. */
    public AbroadInputs(Map<String, FlightClass> flightClasses, Map<FlightClass, Price> fares, Price visaFee, Price insurance,
            Price airportTransfer, Price gifts, Price interpreterPerDay, List<OtherCost> otherCosts) {
        this(flightClasses, fares, visaFee, insurance, airportTransfer, gifts, interpreterPerDay, otherCosts, Map.of());
    }

    /** The inputs without lines of the user's own. */
    public AbroadInputs(Map<String, FlightClass> flightClasses, Map<FlightClass, Price> fares, Price visaFee, Price insurance,
            Price airportTransfer, Price gifts, Price interpreterPerDay) {
        this(flightClasses, fares, visaFee, insurance, airportTransfer, gifts, interpreterPerDay, List.of(), Map.of());
    }

    /** Nothing typed yet: every quoted line starts without a price. */
    public static AbroadInputs none() {
        return new AbroadInputs(new HashMap<>(), new EnumMap<>(FlightClass.class), null, null, null, null, null);
    }

    public AbroadInputs withOtherCosts(List<OtherCost> value) {
        return new AbroadInputs(flightClasses, fares, visaFee, insurance, airportTransfer, gifts, interpreterPerDay, value,
                overrides);
    }

    public AbroadInputs withOverrides(Map<String, LineOverride> value) {
        return new AbroadInputs(flightClasses, fares, visaFee, insurance, airportTransfer, gifts, interpreterPerDay, otherCosts,
                value);
    }

    public FlightClass flightClass(String memberId) {
        return flightClasses.getOrDefault(memberId, FlightClass.ECONOMY);
    }
}
