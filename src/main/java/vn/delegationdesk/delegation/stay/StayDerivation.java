package vn.delegationdesk.delegation.stay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Route;

/**
 * Where the programme has the group sleep. A night belongs to the day it starts on; the group sleeps where it
 * is at the end of that day:
 * <ol>
 *   <li>where the last journey on or before that day took it: the destination of the last TRAVEL activity
 *   whose route ("Buôn Ma Thuột – Bình Thuận") ends at a leg's city or place. Journeys that end nowhere the
 *   legs name (home, a day trip to a village) are passed over;</li>
 *   <li>unless the leg whose dates contain the day started after that journey: the programme then does not
 *   show the move the legs say happened, and the legs win;</li>
 *   <li>with no such journey, the leg containing the day; between legs, the last leg already begun (else
 *   the first one to come).</li>
 * </ol>
 * Seed 000 moves to Bình Thuận on the afternoon of 16/10, a day of the Đắk Lắk leg: nights 14 and 15 are in
 * Đắk Lắk, 16, 17 and 18 in Lâm Đồng. Derived nights carry no accommodation yet.
 */
public final class StayDerivation {
    private StayDerivation() {
    }

    /** The dates of the nights of a trip: from its first day to the day before its last; none without both. */
    public static List<LocalDate> nightDates(LocalDate first, LocalDate last) {
        if (first == null || last == null || !last.isAfter(first)) {
            return List.of();
        }
        return first.datesUntil(last).toList();
    }

    public static List<Night> nights(LocalDate first, LocalDate last, List<Leg> legs, List<ProgrammeDay> programme) {
        if (legs.isEmpty()) {
            return List.of();
        }
        List<Arrival> arrivals = arrivals(legs, programme);
        List<Night> nights = new ArrayList<>();
        for (LocalDate date : nightDates(first, last)) {
            nights.add(Night.at(date, legFor(date, legs, arrivals).place()));
        }
        return List.copyOf(nights);
    }

    /**
     * The leg whose city or place the text names: an exact name first, then a longer text containing one ("Bình
     * Thuận, tỉnh Lâm Đồng"), then a shorter one the leg's place contains ("Lâm Đồng" for "tỉnh Lâm Đồng").
     */
    public static Optional<Leg> legNamed(String text, List<Leg> legs, LocalDate on) {
        List<Leg> matching = legs.stream().filter(l -> same(text, l.city()) || same(text, l.place())).toList();
        if (matching.isEmpty()) {
            matching = legs.stream().filter(l -> Route.names(text, l.city()) || Route.names(text, l.place())).toList();
        }
        if (matching.isEmpty()) {
            matching = legs.stream().filter(l -> Route.names(l.place(), text)).toList();
        }
        List<Leg> found = matching;
        // Two legs at one place (going back to a province): the one not yet over on that day.
        return found.stream().filter(l -> !l.endDate().isBefore(on)).findFirst()
                .or(() -> found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1)));
    }

    private static Leg legFor(LocalDate date, List<Leg> legs, List<Arrival> arrivals) {
        Optional<Leg> containing = legs.stream().filter(l -> l.contains(date)).findFirst();
        Optional<Arrival> arrival = arrivals.stream().filter(a -> !a.date().isAfter(date)).reduce((a, b) -> b);
        if (arrival.isPresent() && (containing.isEmpty() || !containing.get().startDate().isAfter(arrival.get().date()))) {
            return arrival.get().leg();
        }
        if (containing.isPresent()) {
            return containing.get();
        }
        return legs.stream().filter(l -> l.startDate().isBefore(date)).max(Comparator.comparing(Leg::startDate))
                .orElseGet(() -> legs.stream().min(Comparator.comparing(Leg::startDate)).orElseThrow());
    }

    /** Every journey of the programme that ends at a leg, in the order travelled. */
    private static List<Arrival> arrivals(List<Leg> legs, List<ProgrammeDay> programme) {
        List<Arrival> arrivals = new ArrayList<>();
        for (ProgrammeDay day : programme.stream().sorted(Comparator.comparing(ProgrammeDay::date)).toList()) {
            for (Activity activity : day.activities().stream().sorted(Comparator.comparing(Activity::halfDay)).toList()) {
                Route.of(activity).flatMap(route -> legNamed(route.to(), legs, day.date()))
                        .ifPresent(leg -> arrivals.add(new Arrival(day.date(), leg)));
            }
        }
        return arrivals;
    }

    private static boolean same(String a, String b) {
        return !b.isEmpty() && Route.names(a, b) && Route.names(b, a);
    }

    private record Arrival(LocalDate date, Leg leg) {
    }
}
