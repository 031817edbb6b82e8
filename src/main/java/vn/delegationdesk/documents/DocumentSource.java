package vn.delegationdesk.documents;

import java.util.Objects;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;

/**
 * Everything a document is built from: the delegation (as stored, or as being edited), its document
 * settings, its estimate as the budget feature computes it (so the PDF's figures are the Excel's) and the figures of its
 * settlement after the trip (the advances the travel orders print), {@link SettlementFigures#none()} before it.
 */
public record DocumentSource(Delegation delegation, DocumentSettings settings, Estimate estimate, SettlementFigures settlement) {
    public DocumentSource {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(settlement, "settlement");
    }

    /** A delegation with no settlement yet. */
    public DocumentSource(Delegation delegation, DocumentSettings settings, Estimate estimate) {
        this(delegation, settings, estimate, SettlementFigures.none());
    }

    public DocumentSource withSettlement(SettlementFigures figures) {
        return new DocumentSource(delegation, settings, estimate, figures);
    }
}
