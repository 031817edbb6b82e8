package vn.delegationdesk.conferencedesk;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Seating plans kept in memory: for services built without a store. */
public final class MemorySeatingRepository implements SeatingRepository {
    private final Map<String, KeptSeating> plans = new HashMap<>();

    @Override
    public synchronized Optional<KeptSeating> find(long delegationId, String conferenceId) {
        return Optional.ofNullable(plans.get(delegationId + "/" + conferenceId));
    }

    @Override
    public synchronized void save(long delegationId, String conferenceId, KeptSeating seating) {
        plans.put(delegationId + "/" + conferenceId, Objects.requireNonNull(seating, "seating"));
    }
}
