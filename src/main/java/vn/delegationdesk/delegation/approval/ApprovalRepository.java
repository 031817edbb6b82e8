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

    /**
     * A submission, in one transaction: checks as {@link #move} does, and that the delegation is still at
     * {@code frozen}'s version (else refuses with {@link ApprovalRefused}, nothing written: it was saved meanwhile);
     * records {@code to}, stores {@code frozen} as the delegation's next revision (1 for the first, never overwriting
     * one) and appends {@code entry} with that revision's number as its detail.
     *
     * @return the new revision's number; 0, nothing written, when the delegation was moved or deleted meanwhile
     */
    int submit(long delegationId, ApprovalStage from, ApprovalState to, AuditEntry entry, FrozenContent frozen);

    /** The delegation's revisions, oldest first, without their documents. */
    List<Revision> revisions(long delegationId);

    /** The documents of the delegation's revision {@code number}, in the order frozen; empty when there is none. */
    List<RevisionFile> documents(long delegationId, int number);
}
