package vn.delegationdesk.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Settlements kept in memory: for services built without a store (tests, the window's tests of other features). */
public final class MemorySettlementRepository implements SettlementRepository {
    private final Map<Long, Settlement> settlements = new HashMap<>();
    private final Map<Long, List<SettlementClosing>> closings = new HashMap<>();

    @Override
    public synchronized Optional<Settlement> find(long delegationId) {
        return Optional.ofNullable(settlements.get(delegationId));
    }

    @Override
    public synchronized void save(long delegationId, Settlement settlement) {
        Objects.requireNonNull(settlement, "settlement");
        if (closedNow(delegationId)) {
            throw new SettlementClosed("settlement.closed.refused");
        }
        settlements.put(delegationId, settlement);
    }

    @Override
    public synchronized boolean delete(long delegationId) {
        return settlements.remove(delegationId) != null;
    }

    @Override
    public synchronized List<SettlementClosing> closings(long delegationId) {
        return List.copyOf(closings.getOrDefault(delegationId, List.of()));
    }

    @Override
    public synchronized int close(long delegationId, SettlementClosing closing) {
        if (closedNow(delegationId)) {
            throw new SettlementClosed("settlement.closed.already");
        }
        if (!closing.settlement().equals(settlements.get(delegationId))) {
            throw new SettlementClosed("settlement.closed.changed");
        }
        List<SettlementClosing> list = closings.computeIfAbsent(delegationId, id -> new ArrayList<>());
        int number = list.size() + 1;
        list.add(new SettlementClosing(number, closing.closedAt(), closing.closedBy(), closing.settlement(),
                closing.totals(), closing.paidTotal(), null, null));
        return number;
    }

    @Override
    public synchronized boolean reopen(long delegationId, Instant at, String by) {
        if (!closedNow(delegationId)) {
            return false;
        }
        List<SettlementClosing> list = closings.get(delegationId);
        SettlementClosing last = list.get(list.size() - 1);
        list.set(list.size() - 1, new SettlementClosing(last.number(), last.closedAt(), last.closedBy(), last.settlement(),
                last.totals(), last.paidTotal(), at, by));
        return true;
    }

    private boolean closedNow(long delegationId) {
        List<SettlementClosing> list = closings.get(delegationId);
        return list != null && !list.isEmpty() && list.get(list.size() - 1).inForce();
    }
}
