package vn.delegationdesk.budget;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the rate sets for a trip. The national set is the one in force on the trip's first day (the
 * latest to take effect if several are), unless the user chose one; a local resolution applies only
 * when the user chose it, because which locality's resolution governs depends on who pays.
 */
public final class RateSelection {
    private RateSelection() {
    }

    public static RateBook choose(List<RateSet> sets, LocalDate tripStart, EstimateInputs inputs) {
        RateSet national = byId(sets, inputs.rateSetId())
                .or(() -> inForce(sets, tripStart))
                .orElse(null);
        RateSet local = byId(sets, inputs.localRateSetId()).orElse(null);
        return new RateBook(national, local);
    }

    public static Optional<RateSet> inForce(List<RateSet> sets, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        return sets.stream()
                .filter(s -> s.kind() == RateSetKind.NATIONAL && s.inForceOn(date))
                .max(Comparator.comparing(RateSet::effectiveFrom));
    }

    private static Optional<RateSet> byId(List<RateSet> sets, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
