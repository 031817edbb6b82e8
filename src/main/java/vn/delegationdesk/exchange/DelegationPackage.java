package vn.delegationdesk.exchange;

import java.util.Objects;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.documents.DocumentSettings;

/**
 * What a package carries: the delegation, and the user's work on it that lives beside it — the estimate worksheet
 * (prices typed in, edited and added lines) and the document settings (numbers, dates, recipients). Both are
 * optional in the file; a package without them means "nothing done yet" ({@link EstimateWorksheet#EMPTY},
 * {@link DocumentSettings#defaults()}). The outbound plan ({@code outbound}) is optional too: null for a domestic
 * delegation.
 */
public record DelegationPackage(Delegation delegation, EstimateWorksheet worksheet,
        DocumentSettings documents, OutboundPackage outbound) {
    public DelegationPackage {
        Objects.requireNonNull(delegation, "delegation");
        worksheet = worksheet == null ? EstimateWorksheet.EMPTY : worksheet;
        documents = documents == null ? DocumentSettings.defaults() : documents;
    }

    /** A domestic delegation's package. */
    public DelegationPackage(Delegation delegation, EstimateWorksheet worksheet, DocumentSettings documents) {
        this(delegation, worksheet, documents, null);
    }
}
