package vn.delegationdesk.conferencedesk;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A conference's seating plan as kept in the store: the hall's layout and the seat of each seated delegate (by the
 * delegate's id). It is matched against the delegate list when read ({@link ProtocolSeating#restore}).
 */
public record KeptSeating(HallLayout layout, Map<String, Seat> seats) {
    public KeptSeating {
        Objects.requireNonNull(layout, "layout");
        seats = Map.copyOf(seats);
        Map<Seat, String> taken = new TreeMap<>();
        seats.forEach((id, seat) -> {
            if (seat.kind() != layout.kind() || !layout.contains(seat)) {
                throw new IllegalArgumentException("no seat " + seat.label() + " in the hall");
            }
            if (taken.put(seat, id) != null) {
                throw new IllegalArgumentException("two delegates at " + seat.label());
            }
        });
    }

    /** What {@code plan} keeps: its layout and its occupied seats. */
    public static KeptSeating of(SeatingPlan plan) {
        Map<String, Seat> seats = new TreeMap<>();
        plan.occupants().forEach((seat, id) -> seats.put(id, seat));
        return new KeptSeating(plan.layout(), seats);
    }
}
