package vn.delegationdesk.documents;

import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.settlement.EstimateComparison;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementReview;

/**
 * What the documents take from a delegation's settlement after the trip: the advances each member was given (the travel
 * orders print them) and, once the books are closed, the estimate against what was spent ({@code closed}, null while the
 * books are open; the results report prints it as "kinh phí thực hiện"). Only figures, never the settlement's screen; a
 * delegation with no stored settlement has {@link #none()}.
 */
public record SettlementFigures(AdvancesByMember advances, EstimateComparison closed) {
    private static final SettlementFigures NONE = new SettlementFigures(AdvancesByMember.none(), null);

    public SettlementFigures {
        Objects.requireNonNull(advances, "advances");
    }

    public static SettlementFigures none() {
        return NONE;
    }

    /** The advances of {@code settlement}, the books open. */
    public static SettlementFigures advancesOf(Settlement settlement) {
        return new SettlementFigures(AdvancesByMember.of(settlement), null);
    }

    /** The figures of a reviewed settlement: its advances when one is stored, its comparison when the books are closed. */
    public static SettlementFigures of(SettlementReview review) {
        AdvancesByMember advances = review.stored() ? AdvancesByMember.of(review.settlement()) : AdvancesByMember.none();
        return new SettlementFigures(advances, review.booksClosed() ? review.comparison() : null);
    }

    /** The estimate against actual of the closed books; empty while they are open or there is no settlement. */
    public Optional<EstimateComparison> closedComparison() {
        return Optional.ofNullable(closed);
    }
}
