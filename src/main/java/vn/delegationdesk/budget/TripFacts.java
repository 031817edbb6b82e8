package vn.delegationdesk.budget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.stay.StayPlan;

/** The counts the estimate is built from, read off the plan once; {@code stayPlan} says where each night is spent. */
record TripFacts(LocalDate start, LocalDate end, int members, StayPlan stayPlan) {

    static TripFacts of(Delegation delegation) {
        return new TripFacts(delegation.firstDate().orElse(null), delegation.lastDate().orElse(null),
                delegation.members().size(), StayPlans.of(delegation));
    }

    boolean hasDates() {
        return start != null && end != null && !end.isBefore(start);
    }

    /** TT 40 Art. 6: from the day of departure to the day of return, both included (travel days count). */
    long days() {
        return hasDates() ? ChronoUnit.DAYS.between(start, end) + 1 : 0;
    }

    static Optional<Leg> legOn(List<Leg> legs, LocalDate date) {
        return legs.stream().filter(l -> l.contains(date)).findFirst();
    }
}
