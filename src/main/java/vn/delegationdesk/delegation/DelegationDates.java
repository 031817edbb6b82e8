package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;

/**
 * Moving a delegation in time. A trip that starts two days later keeps its shape: every date of the plan
 * that belongs to the trip (its own dates, legs, programme days, conferences and the units' due dates)
 * moves by the same number of days, and so do the nights of a stay plan the user set. The plan's document date
 * and legal bases are not trip dates and stay.
 */
public final class DelegationDates {
    private DelegationDates() {
    }

    /**
     * The delegation starting on {@code newStart}, everything else moved with it. Without any date yet, only
     * the start date is set.
     */
    public static Delegation startingOn(Delegation d, LocalDate newStart) {
        LocalDate oldStart = d.firstDate().orElse(null);
        if (oldStart == null) {
            return d.toBuilder().startDate(newStart).build();
        }
        return shiftedBy(d, ChronoUnit.DAYS.between(oldStart, newStart));
    }

    /** Every trip date moved by {@code days} (negative: earlier). */
    public static Delegation shiftedBy(Delegation d, long days) {
        if (days == 0) {
            return d;
        }
        List<Leg> legs = d.legs().stream().map(l -> new Leg(l.place(), l.city(), l.startDate().plusDays(days),
                l.endDate().plusDays(days), l.summary())).toList();
        List<ProgrammeDay> programme = d.programme().stream()
                .map(day -> new ProgrammeDay(day.date().plusDays(days), day.activities())).toList();
        List<Conference> conferences = d.conferences().stream().map(c -> new Conference(c.id(), c.title(),
                c.date().plusDays(days), c.halfDay(), c.venue(), c.venueStandard(), c.expectedDelegates(), c.coOrganiser(),
                c.agenda())).toList();
        List<Responsibility> responsibilities = d.responsibilities().stream().map(r -> new Responsibility(r.unit(),
                r.role(), r.duties(), plus(r.dueDate(), days), r.status())).toList();
        return d.toBuilder()
                .startDate(plus(d.startDate(), days))
                .endDate(plus(d.endDate(), days))
                .legs(legs)
                .programme(programme)
                .nights(d.nights().stream().map(n -> n.shiftedBy(days)).toList())
                .conferences(conferences)
                .responsibilities(responsibilities)
                .build();
    }

    /** Whether two inclusive date ranges share at least one day; a missing bound never overlaps. */
    public static boolean overlap(LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
        if (start1 == null || end1 == null || start2 == null || end2 == null) {
            return false;
        }
        return !start1.isAfter(end2) && !start2.isAfter(end1);
    }

    private static LocalDate plus(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }
}
