package vn.delegationdesk.abroad;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Texts;

/**
 * One circular's caps for trips abroad (TT 102/2012/TT-BTC, TT 140/2025/TT-BTC): its document number, the dates it is
 * in force ({@code effectiveTo} null while it still is) and the caps per country or country group. A country the set
 * has no rate for is unknown, never 0.
 */
public record ForeignRateSet(String id, String name, String documentNumber, LocalDate effectiveFrom,
        LocalDate effectiveTo, String notes, List<CountryRate> rates) {
    public ForeignRateSet {
        id = Texts.clean(id);
        name = Texts.clean(name);
        documentNumber = Texts.clean(documentNumber);
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        notes = Texts.clean(notes);
        rates = List.copyOf(rates);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The caps that apply to a country: its own rate first, else the first group that lists it. */
    public Optional<CountryRate> rateFor(String countryCode) {
        return rates.stream().filter(r -> r.countries().isEmpty() && r.code().equals(countryCode)).findFirst()
                .or(() -> rates.stream().filter(r -> r.covers(countryCode)).findFirst());
    }

    public ForeignRateSet withRates(List<CountryRate> newRates) {
        return new ForeignRateSet(id, name, documentNumber, effectiveFrom, effectiveTo, notes, newRates);
    }

    /**
     * The set an estimate uses: the one named by {@code chosenId} when it is not blank, else the set in force on the day
     * of exit (the latest to come into force when several are); empty when there is none.
     */
    public static Optional<ForeignRateSet> choose(List<ForeignRateSet> sets, String chosenId, LocalDate exitDate) {
        if (!Texts.isBlank(chosenId)) {
            return sets.stream().filter(s -> s.id().equals(chosenId)).findFirst();
        }
        if (exitDate == null) {
            return Optional.empty();
        }
        return sets.stream().filter(s -> s.inForceOn(exitDate))
                .max((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
    }
}
