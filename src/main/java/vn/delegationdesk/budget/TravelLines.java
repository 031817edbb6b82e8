package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;

/**
 * Section I (TT 40 Art. 5): a ticket per member per flight, split by the class each member is entitled
 * to; car hire for the trip; airport transfers at home; checked baggage. Prices come from quotations,
 * so they start empty and the user types them in.
 */
final class TravelLines {
    static final int SEATS_PER_CAR = 45;
    private static final String QUOTATION = "TT 40/2017 Đ5; theo báo giá/hợp đồng";

    private TravelLines() {
    }

    static List<LineDraft> of(Delegation delegation, TripFacts trip) {
        List<LineDraft> lines = new ArrayList<>();
        List<String> flights = flights(delegation);
        Map<FlightClass, Integer> travellers = travellersByClass(delegation.members());
        Map<String, Integer> seen = new HashMap<>();
        for (String route : flights) {
            int occurrence = seen.merge(route, 1, Integer::sum);
            String routeKey = occurrence == 1 ? route : route + "#" + occurrence;
            travellers.forEach((flightClass, count) -> lines.add(LineDraft.quoted(
                    "travel.flight." + routeKey + "." + flightClass.name(),
                    "Vé máy bay " + route + " (" + flightClass.label() + ")", "vé", count, 1, FlightClass.BASIS)));
        }
        if (usesCars(delegation)) {
            long cars = Math.max(1, (trip.members() + SEATS_PER_CAR - 1) / SEATS_PER_CAR);
            lines.add(LineDraft.quoted("travel.car", "Thuê xe ô tô phục vụ đoàn", "xe", cars, trip.days(), QUOTATION));
        }
        if (!flights.isEmpty()) {
            String home = Texts.isBlank(delegation.departurePlace()) ? "nơi xuất phát" : delegation.departurePlace();
            lines.add(LineDraft.quoted("travel.transfer", "Xe đưa đón sân bay tại " + home + " (đi và về)", "lượt",
                    2, 1, QUOTATION));
            lines.add(LineDraft.quoted("travel.baggage", "Cước hành lý, tài liệu (nếu giá vé chưa gồm)", "kiện",
                    trip.members(), flights.size(), "TT 40/2017 Đ5 k1").asOptional());
        }
        return lines;
    }

    /** Counts per class in class order, leaving out classes nobody travels in. */
    private static Map<FlightClass, Integer> travellersByClass(List<Member> members) {
        Map<FlightClass, Integer> counts = new EnumMap<>(FlightClass.class);
        for (Member member : members) {
            counts.merge(FlightClass.suggestedFor(member.allowanceCoefficient()), 1, Integer::sum);
        }
        return counts;
    }

    /** The flights of the programme in order; without any, a flight out to the first stop and back from the last. */
    static List<String> flights(Delegation delegation) {
        List<String> routes = delegation.programme().stream()
                .sorted(Comparator.comparing(ProgrammeDay::date))
                .flatMap(day -> day.activities().stream()
                        .sorted(Comparator.comparing(Activity::halfDay))
                        .filter(a -> a.kind() == ActivityKind.TRAVEL && a.transport() == TransportMode.PLANE)
                        .map(a -> Texts.isBlank(a.place()) ? a.description() : a.place()))
                .toList();
        if (!routes.isEmpty() || !delegation.transportModes().contains(TransportMode.PLANE)
                || delegation.legs().isEmpty()) {
            return routes;
        }
        String home = delegation.departurePlace();
        Leg first = delegation.legs().get(0);
        Leg last = delegation.legs().get(delegation.legs().size() - 1);
        return List.of(home + " – " + stopName(first), stopName(last) + " – " + home);
    }

    private static String stopName(Leg leg) {
        return Texts.isBlank(leg.city()) ? leg.place() : leg.city();
    }

    private static boolean usesCars(Delegation delegation) {
        return delegation.transportModes().contains(TransportMode.CAR)
                || delegation.programme().stream().flatMap(d -> d.activities().stream())
                        .anyMatch(a -> a.transport() == TransportMode.CAR);
    }
}
