package vn.delegationdesk.documents;

import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.settlement.Settlement;

/**
 * What the documents take from a delegation's settlement after the trip: the advances each member was given (the travel
 * orders print them). Only figures, never the settlement's screen; a delegation with no stored settlement has
 * {@link #none()}.
 */
public record SettlementFigures(AdvancesByMember advances) {
    private static final SettlementFigures NONE = new SettlementFigures(AdvancesByMember.none());

    public SettlementFigures {
        Objects.requireNonNull(advances, "advances");
    }

    public static SettlementFigures none() {
        return NONE;
    }

    /** The figures of a stored settlement, or none. */
    public static SettlementFigures of(Optional<Settlement> settlement) {
        return settlement.map(s -> new SettlementFigures(AdvancesByMember.of(s))).orElse(NONE);
    }
}
