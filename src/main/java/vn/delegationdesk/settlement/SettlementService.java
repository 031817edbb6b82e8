package vn.delegationdesk.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;

/**
 * The finance clerk's work after the trip: the settlement reviewed beside the plan and its estimate, saved after the
 * rules are checked, and the books closed (a frozen closing, readable later) and reopened. Every write needs the
 * finance role; while the books are closed the settlement is not written (the repository checks it in its own
 * transaction, so a second user is refused too).
 */
public final class SettlementService {
    private final SettlementRepository settlements;
    private final LongFunction<Optional<Delegation>> delegations;
    private final BudgetService budget;
    private final RoleGate gate;
    private final Clock clock;
    private final ConferenceAttendance attendance;

    public SettlementService(SettlementRepository settlements, LongFunction<Optional<Delegation>> delegations,
            BudgetService budget, RoleGate gate, Clock clock) {
        this(settlements, delegations, budget, gate, clock, ConferenceAttendance.NONE);
    }

    /** With the conferences' attendance, which caps their refreshments and meal support once the desk has check-ins. */
    public SettlementService(SettlementRepository settlements, LongFunction<Optional<Delegation>> delegations,
            BudgetService budget, RoleGate gate, Clock clock, ConferenceAttendance attendance) {
        this.attendance = Objects.requireNonNull(attendance, "attendance");
        this.settlements = Objects.requireNonNull(settlements, "settlements");
        this.delegations = Objects.requireNonNull(delegations, "delegations");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RoleGate gate() {
        return gate;
    }

    /**
     * The delegation's settlement computed by the rules with its estimate; an empty settlement dated today when none
     * was stored. Empty when there is no such delegation.
     */
    public Optional<SettlementReview> review(long delegationId) {
        return delegations.apply(delegationId).map(delegation -> {
            Optional<Settlement> stored = settlements.find(delegationId);
            return review(delegation, stored.orElseGet(this::empty), stored.isPresent(), settlements.closings(delegationId));
        });
    }

    /** Whether the delegation has a stored settlement: one read of one row, for callers that need nothing otherwise. */
    public boolean hasSettlement(long delegationId) {
        return settlements.find(delegationId).isPresent();
    }

    /** The settlement {@code settlement} (being edited, not stored) computed for the delegation as {@link #review} does. */
    public SettlementReview preview(Delegation delegation, Settlement settlement) {
        return review(delegation, settlement, false, List.of());
    }

    /** The rules' problems with {@code settlement}, each naming its field; empty when it may be saved. */
    public List<ValidationError> check(Delegation delegation, Settlement settlement) {
        return SettlementValidator.validate(delegation, settlement);
    }

    /**
     * Stores the settlement after checking it.
     *
     * @throws ValidationException naming each problem; nothing stored
     * @throws SettlementClosed while the books are closed
     */
    public void save(long delegationId, Settlement settlement) {
        gate.require(Role.FINANCE, "people.action.saveSettlement");
        Delegation delegation = delegations.apply(delegationId)
                .orElseThrow(() -> new IllegalArgumentException("no delegation " + delegationId));
        List<ValidationError> problems = SettlementValidator.validate(delegation, settlement);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        settlements.save(delegationId, settlement);
    }

    /**
     * Closes the books: freezes the stored settlement with its totals as computed now.
     *
     * @return the closing's number
     * @throws SettlementClosed when nothing is stored yet, the books are closed already, or the settlement changed
     */
    public int close(long delegationId) {
        gate.require(Role.FINANCE, "people.action.closeSettlement");
        SettlementReview review = review(delegationId)
                .orElseThrow(() -> new IllegalArgumentException("no delegation " + delegationId));
        if (!review.stored()) {
            throw new SettlementClosed("settlement.closed.nothing");
        }
        List<ValidationError> problems = SettlementValidator.validate(review.delegation(), review.settlement());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        SettlementClosing closing = new SettlementClosing(0, clock.instant(), gate.user().name(), review.settlement(),
                review.sheet().totals(), review.comparison().actual(), null, null);
        return settlements.close(delegationId, closing);
    }

    /** Reopens closed books; false when they were open. The closing stays readable. */
    public boolean reopen(long delegationId) {
        gate.require(Role.FINANCE, "people.action.reopenSettlement");
        return settlements.reopen(delegationId, clock.instant(), gate.user().name());
    }

    /** The delegation's closings, oldest first, each as frozen. */
    public List<SettlementClosing> closings(long delegationId) {
        return settlements.closings(delegationId);
    }

    private SettlementReview review(Delegation delegation, Settlement settlement, boolean stored,
            List<SettlementClosing> closings) {
        Estimate estimate = budget.estimate(delegation);
        AttendanceCaps caps = AttendanceCaps.of(delegation, estimate, attendance);
        SettlementSheet sheet = SettlementCalculator.compute(delegation, settlement,
                budget.worksheet(delegation.id()).inputs(), budget.rateSets(), caps);
        return new SettlementReview(delegation, estimate, settlement, stored, sheet,
                EstimateComparison.of(estimate, settlement, sheet), closings, caps);
    }

    private Settlement empty() {
        return new Settlement(LocalDate.now(clock), List.of(), List.of(), List.of());
    }
}
