package vn.delegationdesk.settlement;

import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;

/**
 * A delegation's settlement as the finance clerk reviews it: the plan, its estimate, the settlement ({@code stored}
 * false for the empty one offered when none was saved yet), the sheet computed by the rules, the estimate against
 * actual, and the closing in force while the books are closed.
 */
public record SettlementReview(Delegation delegation, Estimate estimate, Settlement settlement, boolean stored,
        SettlementSheet sheet, EstimateComparison comparison, Optional<SettlementClosing> closed) {
    public SettlementReview {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(closed, "closed");
    }

    public boolean booksClosed() {
        return closed.isPresent();
    }
}
