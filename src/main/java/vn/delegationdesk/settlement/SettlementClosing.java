package vn.delegationdesk.settlement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A closing of the books, frozen as it was: its number (1, 2 … per delegation), when and by whom, the settlement and
 * the "Cộng" row as computed then, and all that was paid (the comparison's actual total). {@code reopenedAt} and
 * {@code reopenedBy} are null while the books stay closed. Never changed once stored, except for the reopening stamp.
 */
public record SettlementClosing(int number, Instant closedAt, String closedBy, Settlement settlement,
        SettlementTotals totals, long paidTotal, Instant reopenedAt, String reopenedBy) {
    public SettlementClosing {
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(totals, "totals");
    }

    /** Whether the books are still closed by this closing. */
    public boolean inForce() {
        return reopenedAt == null;
    }

    public Optional<Instant> reopened() {
        return Optional.ofNullable(reopenedAt);
    }
}
