package vn.delegationdesk.abroad;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Outbound plans kept in memory, for the services without a store and for tests. */
public final class MemoryOutboundRepository implements OutboundRepository {
    private final Map<Long, SavedOutbound> plans = new ConcurrentHashMap<>();

    @Override
    public Optional<SavedOutbound> find(long delegationId) {
        return Optional.ofNullable(plans.get(delegationId));
    }

    @Override
    public void save(OutboundPlan plan, AbroadInputs inputs) {
        plans.put(plan.delegationId(), new SavedOutbound(plan, inputs));
    }

    @Override
    public boolean delete(long delegationId) {
        return plans.remove(delegationId) != null;
    }
}
