package vn.delegationdesk.app;

import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Everything the desktop window and the command line need, built once by the composition root.
 * {@code onClose} releases the store and the instance lock.
 */
public record AppServices(DelegationService delegations, RosterService roster, BudgetService budget,
        DocumentService documents, Messages messages, AutoCloseable onClose)
        implements AutoCloseable {
    @Override
    public void close() throws Exception {
        onClose.close();
    }
}
