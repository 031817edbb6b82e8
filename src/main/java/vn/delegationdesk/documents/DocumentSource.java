package vn.delegationdesk.documents;

import java.util.Objects;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;

/**
 * Everything a document is built from: the delegation (as stored, or as being edited), its document
 * settings and its estimate as the budget feature computes it (so the PDF's figures are the Excel's).
 */
public record DocumentSource(Delegation delegation, DocumentSettings settings, Estimate estimate) {
    public DocumentSource {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(estimate, "estimate");
    }
}
