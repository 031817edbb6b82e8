package vn.delegationdesk.documents.content.travel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Route;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.StayDerivation;
import vn.delegationdesk.delegation.stay.StayPlan;

/**
 * The journeys of a trip as the route table of a Giấy đi đường lists them, one "Nơi đi" / "Nơi đến" pair each.
 * They come from the programme's travel activities ("Hà Nội – Buôn Ma Thuột" by plane on 14/10, read as a
 * {@link Route}); a plan without any gets them from where the stay plan has the group sleep: out to the first
 * stop, between stops on the morning after the last night at one, home from the last. Either way the days at a
 * stop are those of the stay plan, so the orders agree with the member list and the itinerary: from the arrival
 * to the morning after the last night there (14→16/10 at Buôn Ma Thuột, 16→19/10 at Bình Thuận for the sample).
 */
final class TravelSegments {
    /**
     * One journey. {@code transport} is null when not known; {@code daysAtDestination} is the days spent at the stop
     * reached, arrival and departure days included, null when the group sleeps no night there (the way home).
     */
    record Segment(String from, String to, LocalDate departure, LocalDate arrival, TransportMode transport,
            Integer daysAtDestination) {
    }

    private TravelSegments() {
    }

    static List<Segment> of(Delegation delegation) {
        StayPlan plan = StayPlans.of(delegation);
        List<Segment> fromProgramme = fromProgramme(delegation, plan);
        return fromProgramme.isEmpty() ? fromStays(delegation, plan) : fromProgramme;
    }

    /** The leg a route's end names on that date ("Buôn Ma Thuột" for the Đắk Lắk leg), as the stay plan reads it. */
    static Optional<Leg> legAt(Delegation delegation, String place, LocalDate on) {
        return StayDerivation.legNamed(place, delegation.legs(), on);
    }

    private static List<Segment> fromProgramme(Delegation delegation, StayPlan plan) {
        List<Segment> segments = new ArrayList<>();
        List<ProgrammeDay> days = delegation.programme().stream().sorted(Comparator.comparing(ProgrammeDay::date)).toList();
        for (ProgrammeDay day : days) {
            List<Activity> travel = day.activities().stream().sorted(Comparator.comparing(Activity::halfDay)).toList();
            for (Activity activity : travel) {
                Route.of(activity).ifPresent(route -> segments.add(new Segment(route.from(), route.to(), day.date(), day.date(),
                        activity.transport(), daysAt(delegation, plan, route.to(), day.date()))));
            }
        }
        return segments;
    }

    /**
     * The days at the stop a journey reaches: its nights in the stay plan from the arrival on, plus the day the group
     * leaves; null for the way home or a place it does not sleep at.
     */
    private static Integer daysAt(Delegation delegation, StayPlan plan, String place, LocalDate arrival) {
        String home = delegation.departurePlace();
        if (Route.names(place, home) && Route.names(home, place)) {
            return null;
        }
        Optional<String> stop = legAt(delegation, place, arrival).map(Leg::place).or(() -> plan.placeOn(arrival));
        long nights = stop.map(s -> nightsFrom(plan, s, arrival)).orElse(0L);
        return nights == 0 ? null : (int) nights + 1;
    }

    /** The nights in a row at {@code place} starting on {@code first}. */
    private static long nightsFrom(StayPlan plan, String place, LocalDate first) {
        long nights = 0;
        for (LocalDate date = first; plan.placeOn(date).filter(place::equals).isPresent(); date = date.plusDays(1)) {
            nights++;
        }
        return nights;
    }

    /** The journeys the stay plan implies: home to the first stop, stop to stop as the nights move, back home. */
    private static List<Segment> fromStays(Delegation delegation, StayPlan plan) {
        List<Visit> visits = visits(plan);
        List<Segment> segments = new ArrayList<>();
        if (visits.isEmpty()) {
            return segments;
        }
        List<TransportMode> modes = delegation.transportModes();
        // With several modes the plan's first ("Máy bay và ô tô") is taken for the long way out and home, the
        // next for the moves between stops; the office corrects the rare trip this misreads by hand.
        TransportMode outward = modes.isEmpty() ? null : modes.get(0);
        TransportMode between = modes.size() > 1 ? modes.get(1) : outward;
        String home = delegation.departurePlace();
        Visit first = visits.get(0);
        if (!home.isEmpty()) {
            segments.add(new Segment(home, stopName(delegation, first), first.arrival(), first.arrival(), outward, first.days()));
        }
        for (int i = 1; i < visits.size(); i++) {
            Visit previous = visits.get(i - 1);
            Visit next = visits.get(i);
            segments.add(new Segment(stopName(delegation, previous), stopName(delegation, next), previous.departure(),
                    next.arrival(), between, next.days()));
        }
        Visit last = visits.get(visits.size() - 1);
        if (!home.isEmpty()) {
            segments.add(new Segment(stopName(delegation, last), home, last.departure(), last.departure(), outward, null));
        }
        return segments;
    }

    /** The nights in a row at one stop, whatever the hotel: a change of stop or a gap starts the next visit. */
    private static List<Visit> visits(StayPlan plan) {
        List<Visit> visits = new ArrayList<>();
        for (Night night : plan.nights()) {
            Visit last = visits.isEmpty() ? null : visits.get(visits.size() - 1);
            if (last != null && last.place().equals(night.place()) && last.departure().equals(night.date())) {
                visits.set(visits.size() - 1, new Visit(last.place(), last.arrival(), night.date().plusDays(1)));
            } else {
                visits.add(new Visit(night.place(), night.date(), night.date().plusDays(1)));
            }
        }
        return visits;
    }

    /** A stop as the route table names it: its leg's city ("Buôn Ma Thuột"), else the stop's place. */
    private static String stopName(Delegation delegation, Visit visit) {
        return StayPlans.legAt(delegation, visit.place()).map(Leg::city).filter(c -> !c.isEmpty()).orElse(visit.place());
    }

    /** A stop from the arrival to the morning the group leaves it. */
    private record Visit(String place, LocalDate arrival, LocalDate departure) {
        int days() {
            return (int) (departure.toEpochDay() - arrival.toEpochDay()) + 1;
        }
    }
}
