package vn.delegationdesk.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Leg;

/** The counts the estimate is built from, read off the plan once. */
record TripFacts(LocalDate start, LocalDate end, int members) {

    static TripFacts of(Delegation delegation) {
        return new TripFacts(delegation.firstDate().orElse(null), delegation.lastDate().orElse(null),
                delegation.members().size());
    }

    boolean hasDates() {
        return start != null && end != null && !end.isBefore(start);
    }

    /** TT 40 Art. 6: from the day of departure to the day of return, both included (travel days count). */
    long days() {
        return hasDates() ? ChronoUnit.DAYS.between(start, end) + 1 : 0;
    }

    /** The nights spent at a stop: its days except the day the delegation flies home. */
    long nights(Leg leg) {
        if (!hasDates()) {
            return 0;
        }
        LocalDate lastNight = leg.endDate().isBefore(end) ? leg.endDate() : end.minusDays(1);
        long nights = ChronoUnit.DAYS.between(leg.startDate(), lastNight) + 1;
        return Math.max(0, nights);
    }

    static Optional<Leg> legOn(List<Leg> legs, LocalDate date) {
        return legs.stream().filter(l -> l.contains(date)).findFirst();
    }
}
