package vn.delegationdesk.settlement;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Settlements kept in memory: for services built without a store (tests, the window's tests of other features). */
public final class MemorySettlementRepository implements SettlementRepository {
    private final Map<Long, Settlement> settlements = new HashMap<>();

    @Override
    public synchronized Optional<Settlement> find(long delegationId) {
        return Optional.ofNullable(settlements.get(delegationId));
    }

    @Override
    public synchronized void save(long delegationId, Settlement settlement) {
        settlements.put(delegationId, Objects.requireNonNull(settlement, "settlement"));
    }

    @Override
    public synchronized boolean delete(long delegationId) {
        return settlements.remove(delegationId) != null;
    }
}
