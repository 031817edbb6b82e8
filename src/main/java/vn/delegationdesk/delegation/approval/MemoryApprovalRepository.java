package vn.delegationdesk.delegation.approval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.delegation.DelegationStatus;

/**
 * The trail kept in memory, for services built without a store (tests, a window over an in-memory list): it moves the
 * stage and keeps the audit lines and the revisions, and leaves the delegations' life status alone.
 */
public final class MemoryApprovalRepository implements ApprovalRepository {
    private final Map<Long, ApprovalState> states = new HashMap<>();
    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<Revision> revisions = new ArrayList<>();
    private final Map<String, List<RevisionFile>> documents = new HashMap<>();

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

    @Override
    public synchronized int submit(long delegationId, ApprovalStage from, ApprovalState to, AuditEntry entry,
            FrozenContent frozen) {
        if (stateOf(delegationId).stage() != from) {
            return 0;
        }
        int number = revisions(delegationId).size() + 1;
        states.put(delegationId, to);
        revisions.add(new Revision(delegationId, number, to.changedAt(), to.changedBy(), frozen.content(), frozen.estimate(),
                frozen.total()));
        documents.put(delegationId + "/" + number, frozen.documents());
        entries.add(new AuditEntry(entry.delegationId(), entry.at(), entry.who(), entry.action(), entry.from(),
                String.valueOf(number)));
        return number;
    }

    @Override
    public synchronized List<Revision> revisions(long delegationId) {
        return revisions.stream().filter(r -> r.delegationId() == delegationId).toList();
    }

    @Override
    public synchronized List<RevisionFile> documents(long delegationId, int number) {
        return documents.getOrDefault(delegationId + "/" + number, List.of());
    }
}
