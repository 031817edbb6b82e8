package vn.delegationdesk.delegation.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.delegation.DelegationStatus;

/**
 * The trail kept in memory, for services built without a store (tests, a window over an in-memory list): it moves the
 * stage and keeps the audit lines, and leaves the delegations' life status alone.
 */
public final class MemoryApprovalRepository implements ApprovalRepository {
    private final Map<Long, ApprovalState> states = new HashMap<>();
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized ApprovalState stateOf(long delegationId) {
        return states.getOrDefault(delegationId, ApprovalState.NONE);
    }

    @Override
    public synchronized List<AuditEntry> trail(long delegationId) {
        return entries.stream().filter(e -> e.delegationId() == delegationId).toList();
    }

    @Override
    public synchronized boolean move(long delegationId, ApprovalStage from, ApprovalState to, AuditEntry entry,
            DelegationStatus status) {
        if (stateOf(delegationId).stage() != from) {
            return false;
        }
        states.put(delegationId, to);
        entries.add(entry);
        return true;
    }
}
