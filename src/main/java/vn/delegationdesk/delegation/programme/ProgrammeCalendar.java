package vn.delegationdesk.delegation.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The dates a programme editor shows: every date inside any leg (legs may leave gaps between them, which are
 * not shown) plus the date of every programme day outside them, ascending; each date has the four sessions
 * of {@link #SESSIONS}. Pure functions of the legs and the programme.
 */
public final class ProgrammeCalendar {
    /** The sessions of a day in display order: "Cả ngày", then morning, afternoon and evening. */
    public static final List<HalfDay> SESSIONS = List.of(HalfDay.ALL_DAY, HalfDay.MORNING, HalfDay.AFTERNOON,
            HalfDay.EVENING);

    private ProgrammeCalendar() {
    }

    public static List<LocalDate> dates(List<Leg> legs, List<ProgrammeDay> days) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Leg leg : legs) {
            for (LocalDate d = leg.startDate(); !d.isAfter(leg.endDate()); d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        days.forEach(day -> dates.add(day.date()));
        return List.copyOf(dates);
    }

    /** Every session of every date of {@link #dates}, in calendar order. */
    public static List<Slot> slots(List<Leg> legs, List<ProgrammeDay> days) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate date : dates(legs, days)) {
            SESSIONS.forEach(halfDay -> slots.add(new Slot(date, halfDay)));
        }
        return List.copyOf(slots);
    }

    /** The leg the delegation spends {@code date} in (the first one, should legs overlap). */
    public static Optional<Leg> legOn(List<Leg> legs, LocalDate date) {
        return legs.stream().filter(leg -> leg.contains(date)).findFirst();
    }

    public static boolean insideLegs(List<Leg> legs, LocalDate date) {
        return legOn(legs, date).isPresent();
    }

    /**
     * The activities on a date outside every leg's dates, which the editor flags: the plan has the delegation
     * nowhere on that day. With no leg at all, every activity is outside.
     */
    public static List<ActivityRef> outsideLegs(List<Leg> legs, List<ProgrammeDay> days) {
        List<ActivityRef> outside = new ArrayList<>();
        for (ProgrammeDay day : days) {
            if (insideLegs(legs, day.date())) {
                continue;
            }
            for (HalfDay halfDay : SESSIONS) {
                int count = day.activitiesIn(halfDay).size();
                for (int i = 0; i < count; i++) {
                    outside.add(new ActivityRef(day.date(), halfDay, i));
                }
            }
        }
        return List.copyOf(outside);
    }
}
