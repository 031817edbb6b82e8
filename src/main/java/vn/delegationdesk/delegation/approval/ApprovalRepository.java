package vn.delegationdesk.delegation.approval;

import java.util.List;
import vn.delegationdesk.delegation.DelegationStatus;

/** Where the approval trail and the audit list are kept. */
public interface ApprovalRepository {
    /** The delegation's state; {@link ApprovalState#NONE} when it has none yet. */
    ApprovalState stateOf(long delegationId);

    /** The delegation's audit list, oldest first. */
    List<AuditEntry> trail(long delegationId);

    /**
     * In one transaction: checks that the delegation exists and is still at {@code from} (false, nothing written,
     * when not: it was moved or deleted meanwhile), records {@code to}, appends {@code entry} and, when {@code status} is
     * not null, sets the delegation's life status to it.
     */
    boolean move(long delegationId, ApprovalStage from, ApprovalState to, AuditEntry entry, DelegationStatus status);
}
