package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.platform.i18n.VietnameseNames;

/**
 * Seats a conference's delegates by protocol.
 *
 * <p><b>Order.</b> Delegates ranked in protocol (precedence &gt; 0) come first, in order of precedence (1 first), those
 * with the same precedence by name (Vietnamese order, by the given name); the unranked follow, by name. Declined
 * delegates are never seated.
 *
 * <p><b>Head table.</b> The head table faces the hall. The first delegate (the chair, chủ tọa) takes the centre seat; the
 * next ones alternate <em>right then left of the chair, right and left as seen from the chair</em> (the chair's right
 * is the hall's left): 5 seats numbered 1 to 5 left to right as seen from the hall are filled 3, 2, 4, 1, 5. With an
 * even number of seats there is no centre seat: the chair takes the middle seat on the right <em>as seen from the
 * hall</em> (seat n/2 + 1), so that the second delegate, on the chair's right, takes the other middle seat and the two
 * first share the middle of the table, as Vietnamese protocol diagrams place them: 6 seats are filled 4, 3, 5, 2, 6, 1.
 *
 * <p>The head table is for ranked delegates only: a list with nobody ranked leaves it empty, never seating a guest there
 * by the alphabet.
 *
 * <p><b>Hall.</b> Those the head table cannot take, and the unranked, fill the hall's rows from the front, each row the
 * same way: its centre first (seat n/2 + 1), then alternating on the chair's side (the hall's left) and the other side, so precedence runs
 * front to back and, within a row, from the centre out. Delegates beyond the hall's capacity stay without a seat, the
 * last in order; the plan names the problem.
 */
public final class ProtocolSeating {
    private ProtocolSeating() {
    }

    /**
     * The plan seating {@code delegates} in {@code layout}. Problems named in {@link SeatingPlan#problems()}: more
     * delegates than seats (and how many are left without one), two or more delegates sharing a precedence.
     *
     * @throws ValidationException when the layout has a size out of range ({@link HallLayout#validate()})
     */
    public static SeatingPlan assign(HallLayout layout, List<Delegate> delegates) {
        List<ValidationError> layoutErrors = layout.validate();
        if (!layoutErrors.isEmpty()) {
            throw new ValidationException(layoutErrors);
        }
        List<Delegate> ordered = order(delegates);
        List<Seat> seats = seatsInOrder(layout);
        List<Seat> head = seats.subList(0, layout.headSeats());
        List<Seat> hall = seats.subList(layout.headSeats(), seats.size());
        Map<Seat, String> occupants = new TreeMap<>();
        int atHead = 0;
        int inHall = 0;
        for (Delegate delegate : ordered) {
            if (delegate.precedence() > 0 && atHead < head.size()) {
                occupants.put(head.get(atHead++), delegate.id());
            } else if (inHall < hall.size()) {
                occupants.put(hall.get(inHall++), delegate.id());
            }
        }
        List<ValidationError> problems = new ArrayList<>(problems(layout, ordered));
        int unseated = ordered.size() - occupants.size();
        if (unseated > 0 && ordered.size() <= layout.capacity()) {
            problems.add(ValidationError.of("delegates", "conferencedesk.seating.headTableRanked", hall.size(),
                    ordered.size() - atHead, unseated));
        }
        return new SeatingPlan(layout, ordered, occupants, problems);
    }

    /**
     * A kept plan read back against today's list: each of {@code seats} (delegate id to seat) whose delegate is still to
     * be seated (on the list, not declined) and whose seat is in {@code layout} and not already given; delegates added
     * since are left without a seat (for the organiser, or {@link #assign} again), and the problems are named as by
     * {@link #assign}.
     *
     * @throws ValidationException when the layout has a size out of range
     */
    public static SeatingPlan restore(HallLayout layout, List<Delegate> delegates, Map<String, Seat> seats) {
        List<ValidationError> layoutErrors = layout.validate();
        if (!layoutErrors.isEmpty()) {
            throw new ValidationException(layoutErrors);
        }
        List<Delegate> ordered = order(delegates);
        Map<Seat, String> occupants = new TreeMap<>();
        for (Delegate delegate : ordered) {
            Seat seat = seats.get(delegate.id());
            if (seat != null) {
                Seat inHall = new Seat(seat.row(), seat.number(), layout.kind());
                if (layout.contains(inHall) && !occupants.containsKey(inHall)) {
                    occupants.put(inHall, delegate.id());
                }
            }
        }
        return new SeatingPlan(layout, ordered, occupants, problems(layout, ordered));
    }

    private static List<ValidationError> problems(HallLayout layout, List<Delegate> ordered) {
        List<ValidationError> problems = new ArrayList<>(precedenceConflicts(ordered));
        if (ordered.size() > layout.capacity()) {
            problems.add(ValidationError.of("delegates", "conferencedesk.seating.tooMany", layout.capacity(), ordered.size(),
                    ordered.size() - layout.capacity()));
        }
        return problems;
    }

    /** Who is seated, in the order they take seats: ranked by precedence then name, then the unranked by name. */
    public static List<Delegate> order(List<Delegate> delegates) {
        Comparator<Delegate> byRank = Comparator.comparing((Delegate d) -> d.precedence() > 0 ? 0 : 1)
                .thenComparingInt(d -> d.precedence() > 0 ? d.precedence() : 0)
                .thenComparing(d -> VietnameseNames.sortKey(d.fullName()))
                .thenComparing(Delegate::id);
        return delegates.stream().filter(d -> d.status() != DelegateStatus.DECLINED).sorted(byRank).toList();
    }

    /** Every seat of the layout in the order delegates take them: the head table, then each hall row front to back. */
    public static List<Seat> seatsInOrder(HallLayout layout) {
        List<Seat> seats = new ArrayList<>(layout.capacity());
        for (int n : centreOut(layout.headSeats())) {
            seats.add(Seat.head(n, layout.kind()));
        }
        List<Integer> rowOrder = centreOut(layout.seatsPerRow());
        for (int row = 1; row <= layout.rows(); row++) {
            for (int n : rowOrder) {
                seats.add(new Seat(row, n, layout.kind()));
            }
        }
        return seats;
    }

    /**
     * The seat numbers 1..{@code count} (left to right as seen from the hall) in the order protocol fills them: the
     * centre (count / 2 + 1), then one to the chair's right (the hall's left, the lower number), one to its left, and
     * so on outwards.
     */
    static List<Integer> centreOut(int count) {
        List<Integer> order = new ArrayList<>(count);
        int centre = count / 2 + 1;
        order.add(centre);
        for (int step = 1; order.size() < count; step++) {
            if (centre - step >= 1) {
                order.add(centre - step);
            }
            if (centre + step <= count) {
                order.add(centre + step);
            }
        }
        return order;
    }

    private static List<ValidationError> precedenceConflicts(List<Delegate> ordered) {
        Map<Integer, List<String>> byPrecedence = new LinkedHashMap<>();
        for (Delegate delegate : ordered) {
            if (delegate.precedence() > 0) {
                byPrecedence.computeIfAbsent(delegate.precedence(), p -> new ArrayList<>()).add(delegate.fullName());
            }
        }
        List<ValidationError> problems = new ArrayList<>();
        byPrecedence.forEach((precedence, names) -> {
            if (names.size() > 1) {
                problems.add(ValidationError.of("delegates", "conferencedesk.seating.samePrecedence", precedence, names.size(),
                        String.join(", ", names)));
            }
        });
        return problems;
    }
}
