package vn.delegationdesk.settlement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;

/**
 * A delegation's settlement as the finance clerk reviews it: the plan, its estimate, the settlement ({@code stored}
 * false for the empty one offered when none was saved yet), the sheet computed by the rules, the estimate against
 * actual, every closing of the books, oldest first (the last one in force while the books are closed), and what the
 * conference desks' attendance allows for the conferences' refreshments and meals.
 */
public record SettlementReview(Delegation delegation, Estimate estimate, Settlement settlement, boolean stored,
        SettlementSheet sheet, EstimateComparison comparison, List<SettlementClosing> closings, AttendanceCaps attendance) {
    public SettlementReview {
        attendance = attendance == null ? AttendanceCaps.NONE : attendance;
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(settlement, "settlement");
        closings = List.copyOf(closings);
    }

    /** The closing in force: the last one, while it was not reopened. */
    public Optional<SettlementClosing> closed() {
        return closings.isEmpty() || !closings.get(closings.size() - 1).inForce() ? Optional.empty()
                : Optional.of(closings.get(closings.size() - 1));
    }

    public boolean booksClosed() {
        return closed().isPresent();
    }
}
