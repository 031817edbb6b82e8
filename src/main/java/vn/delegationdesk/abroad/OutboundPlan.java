package vn.delegationdesk.abroad;

import java.util.List;
import java.util.Optional;
import vn.delegationdesk.common.Texts;

/**
 * The outbound part of a delegation (đoàn ra), its own aggregate keyed by the delegation's id like the settlement: a
 * delegation is outbound when it has one. The stops abroad in order, the flights (the first leaves Việt Nam, the last
 * comes back), the members' passports, the foreign rate set chosen ({@code foreignRateSetId}, blank for the set in force
 * on the day of exit) and the exchange rate the estimate uses (null until entered). Checked whole by
 * {@link OutboundValidator}: nothing of it is stored in part.
 */
public record OutboundPlan(long delegationId, List<CountryStop> stops, List<FlightLeg> legs, List<Passport> passports,
        String foreignRateSetId, ExchangeRate exchangeRate) {
    public OutboundPlan {
        stops = List.copyOf(stops);
        legs = List.copyOf(legs);
        passports = List.copyOf(passports);
        foreignRateSetId = Texts.clean(foreignRateSetId);
    }

    public Optional<Passport> passport(String memberId) {
        return passports.stream().filter(p -> p.memberId().equals(memberId)).findFirst();
    }

    public OutboundPlan withExchangeRate(ExchangeRate rate) {
        return new OutboundPlan(delegationId, stops, legs, passports, foreignRateSetId, rate);
    }
}
