package vn.delegationdesk.documents.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;

/**
 * The journeys of a trip as the route table of a Giấy đi đường lists them, one "Nơi đi" / "Nơi đến" pair each.
 * They come from the programme's travel activities ("Hà Nội – Buôn Ma Thuột" by plane on 14/10); a plan
 * without any gets them from its departure place and legs: out to the first stop, between stops, home from
 * the last.
 */
final class TravelSegments {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /**
     * One journey. {@code transport} is null when not known; {@code daysAtDestination} is the length of the stop
     * reached, null when the destination is no stop of the trip (the way home).
     */
    record Segment(String from, String to, LocalDate departure, LocalDate arrival, TransportMode transport,
            Integer daysAtDestination) {
    }

    private TravelSegments() {
    }

    static List<Segment> of(Delegation delegation) {
        List<Segment> fromProgramme = fromProgramme(delegation);
        return fromProgramme.isEmpty() ? fromLegs(delegation) : fromProgramme;
    }

    private static List<Segment> fromProgramme(Delegation delegation) {
        List<Segment> segments = new ArrayList<>();
        List<ProgrammeDay> days = delegation.programme().stream().sorted(Comparator.comparing(ProgrammeDay::date)).toList();
        for (ProgrammeDay day : days) {
            List<Activity> travel = day.activities().stream().filter(a -> a.kind() == ActivityKind.TRAVEL)
                    .sorted(Comparator.comparing(Activity::halfDay)).toList();
            for (Activity activity : travel) {
                String[] ends = ends(activity.place());
                if (ends != null) {
                    segments.add(new Segment(ends[0], ends[1], day.date(), day.date(), activity.transport(),
                            stayAt(delegation, ends[1], day.date())));
                }
            }
        }
        return segments;
    }

    /** "Hà Nội – Buôn Ma Thuột" split on its en dash (or a spaced hyphen, or a lone hyphen); null if not a route. */
    static String[] ends(String place) {
        for (String separator : List.of("–", " - ", "-")) {
            int at = place.indexOf(separator);
            if (at > 0 && place.indexOf(separator, at + 1) < 0) {
                String from = place.substring(0, at).strip();
                String to = place.substring(at + separator.length()).strip();
                if (!from.isEmpty() && !to.isEmpty()) {
                    return new String[] {from, to};
                }
            }
        }
        return null;
    }

    private static List<Segment> fromLegs(Delegation delegation) {
        List<Leg> legs = delegation.legs();
        List<Segment> segments = new ArrayList<>();
        if (legs.isEmpty()) {
            return segments;
        }
        List<TransportMode> modes = delegation.transportModes();
        // With several modes the plan's first ("Máy bay và ô tô") is taken for the long way out and home, the
        // next for the moves between stops; the office corrects the rare trip this misreads by hand.
        TransportMode outward = modes.isEmpty() ? null : modes.get(0);
        TransportMode between = modes.size() > 1 ? modes.get(1) : outward;
        String home = delegation.departurePlace();
        Leg first = legs.get(0);
        if (!home.isEmpty()) {
            segments.add(new Segment(home, stopName(first), first.startDate(), first.startDate(), outward, length(first)));
        }
        for (int i = 1; i < legs.size(); i++) {
            Leg previous = legs.get(i - 1);
            Leg next = legs.get(i);
            segments.add(new Segment(stopName(previous), stopName(next), previous.endDate(), next.startDate(), between,
                    length(next)));
        }
        Leg last = legs.get(legs.size() - 1);
        if (!home.isEmpty()) {
            segments.add(new Segment(stopName(last), home, last.endDate(), last.endDate(), outward, null));
        }
        return segments;
    }

    /** The days spent where a journey ends: the leg of that city, else the leg the arrival falls in or opens. */
    private static Integer stayAt(Delegation delegation, String place, LocalDate arrival) {
        Optional<Leg> leg = legAt(delegation, place);
        if (leg.isEmpty() && !same(place, delegation.departurePlace())) {
            leg = delegation.legs().stream().filter(l -> l.contains(arrival)).findFirst();
        }
        return leg.map(TravelSegments::length).orElse(null);
    }

    /** The leg whose city or province is {@code place}. */
    static Optional<Leg> legAt(Delegation delegation, String place) {
        return delegation.legs().stream().filter(l -> same(l.city(), place) || same(l.place(), place)).findFirst();
    }

    private static boolean same(String a, String b) {
        return !a.isEmpty() && a.toLowerCase(VIETNAMESE).equals(b.toLowerCase(VIETNAMESE));
    }

    private static String stopName(Leg leg) {
        return leg.city().isEmpty() ? leg.place() : leg.city();
    }

    private static int length(Leg leg) {
        return (int) ChronoUnit.DAYS.between(leg.startDate(), leg.endDate()) + 1;
    }
}
