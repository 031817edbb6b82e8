package vn.delegationdesk.conferencedesk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;

/**
 * The kept seating plan of a conference: read back against today's delegate list (seats of delegates no longer on it
 * dropped, delegates added since left without a seat), arranged again by protocol on demand, and saved whole in one
 * transaction. Saving needs the role of an organiser.
 */
public final class SeatingService {
    /** The hall offered before a plan is kept: five at the head table, ten rows of twenty (205 seats). */
    public static final HallLayout DEFAULT_LAYOUT = HallLayout.theatre(5, 10, 20);
    private static final String ACTION = "conferencedesk.action.saveSeating";
    private final SeatingRepository seats;
    private final DelegateRepository delegates;
    private final RoleGate gate;

    public SeatingService(SeatingRepository seats, DelegateRepository delegates, RoleGate gate) {
        this.seats = Objects.requireNonNull(seats, "seats");
        this.delegates = Objects.requireNonNull(delegates, "delegates");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** Why the person working may not save a plan; empty when they may. */
    public Optional<Phrase> whyNotWrite() {
        return gate.whyNot(Role.ORGANISER, ACTION);
    }

    /** The conference's delegates as stored, in the list's order. */
    public List<Delegate> delegates(long delegationId, String conferenceId) {
        return delegates.list(delegationId, conferenceId);
    }

    /** The kept plan matched to the stored list ({@link ProtocolSeating#restore}), or empty when none is kept. */
    public Optional<SeatingPlan> kept(long delegationId, String conferenceId) {
        List<Delegate> list = delegates.list(delegationId, conferenceId);
        return seats.find(delegationId, conferenceId).map(k -> ProtocolSeating.restore(k.layout(), list, k.seats()));
    }

    /** The delegates seated by protocol in {@code layout} ("Xếp tự động theo thứ tự ưu tiên"). */
    public SeatingPlan arrange(HallLayout layout, List<Delegate> list) {
        return ProtocolSeating.assign(layout, list);
    }

    /** Keeps {@code plan} (its layout and every occupied seat) as the conference's plan, in one transaction. */
    public void save(long delegationId, String conferenceId, SeatingPlan plan) {
        gate.require(Role.ORGANISER, ACTION);
        seats.save(delegationId, conferenceId, KeptSeating.of(plan));
    }
}
