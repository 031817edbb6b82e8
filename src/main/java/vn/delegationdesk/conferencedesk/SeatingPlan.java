package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.delegationdesk.common.ValidationError;

/**
 * Who sits where: each occupied seat of the {@link HallLayout} and the id of its delegate, built by
 * {@link ProtocolSeating#assign} and adjusted by hand ({@link #move}, {@link #unseat}); immutable, each adjustment gives a
 * new plan. {@code delegates} are those to be seated (declined ones excluded) in protocol order; those without a seat are
 * {@link #unseated()}. {@code problems} are the ones found when the plan was made: more delegates than seats, a
 * precedence shared by several delegates.
 */
public final class SeatingPlan {
    private final HallLayout layout;
    private final List<Delegate> delegates;
    private final SortedMap<Seat, String> occupants;
    private final Map<String, Seat> seatOf;
    private final Map<String, Delegate> byId;
    private final List<ValidationError> problems;

    SeatingPlan(HallLayout layout, List<Delegate> delegates, Map<Seat, String> occupants, List<ValidationError> problems) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.delegates = List.copyOf(delegates);
        this.occupants = Collections.unmodifiableSortedMap(new TreeMap<>(occupants));
        this.problems = List.copyOf(problems);
        Map<String, Delegate> ids = new LinkedHashMap<>();
        this.delegates.forEach(d -> ids.put(d.id(), d));
        this.byId = Collections.unmodifiableMap(ids);
        Map<String, Seat> seats = new HashMap<>();
        this.occupants.forEach((seat, id) -> {
            if (seats.put(id, seat) != null) {
                throw new IllegalArgumentException("delegate " + id + " seated twice");
            }
        });
        this.seatOf = seats;
    }

    public HallLayout layout() {
        return layout;
    }

    /** The delegates to be seated, in protocol order (declined delegates are not among them). */
    public List<Delegate> delegates() {
        return delegates;
    }

    /** Every occupied seat with its delegate's id, head table first, then the rows front to back, each left to right. */
    public SortedMap<Seat, String> occupants() {
        return occupants;
    }

    public Optional<Delegate> occupant(Seat seat) {
        return Optional.ofNullable(occupants.get(seat)).map(byId::get);
    }

    public Optional<Seat> seatOf(String delegateId) {
        return Optional.ofNullable(seatOf.get(delegateId));
    }

    public Optional<Delegate> delegate(String delegateId) {
        return Optional.ofNullable(byId.get(delegateId));
    }

    /** The delegates without a seat, in protocol order: those the hall could not take and those unseated by hand. */
    public List<Delegate> unseated() {
        return delegates.stream().filter(d -> !seatOf.containsKey(d.id())).toList();
    }

    public List<ValidationError> problems() {
        return problems;
    }

    /**
     * The plan with {@code delegateId} at {@code seat}. When the seat is taken its occupant goes to the seat the moving
     * delegate leaves (a swap), or without a seat when the moving delegate had none.
     *
     * @throws IllegalArgumentException for a delegate not in the plan or a seat not in the layout
     */
    public SeatingPlan move(String delegateId, Seat seat) {
        if (!byId.containsKey(delegateId)) {
            throw new IllegalArgumentException("no delegate " + delegateId + " in the plan");
        }
        if (!layout.contains(seat)) {
            throw new IllegalArgumentException("no seat " + seat.label() + " in the hall");
        }
        Map<Seat, String> next = new TreeMap<>(occupants);
        Seat from = seatOf.get(delegateId);
        String displaced = next.put(seat, delegateId);
        if (from != null && !from.equals(seat)) {
            if (displaced != null) {
                next.put(from, displaced);
            } else {
                next.remove(from);
            }
        }
        return new SeatingPlan(layout, delegates, next, problems);
    }

    /** The plan with {@code delegateId} without a seat (the seat left empty); the same plan when they had none. */
    public SeatingPlan unseat(String delegateId) {
        Seat from = seatOf.get(delegateId);
        if (from == null) {
            return this;
        }
        Map<Seat, String> next = new TreeMap<>(occupants);
        next.remove(from);
        return new SeatingPlan(layout, delegates, next, problems);
    }

    /** The occupied seats in order with their delegates: what the list by seat prints. */
    public List<Map.Entry<Seat, Delegate>> bySeat() {
        List<Map.Entry<Seat, Delegate>> rows = new ArrayList<>(occupants.size());
        occupants.forEach((seat, id) -> rows.add(Map.entry(seat, byId.get(id))));
        return rows;
    }
}
