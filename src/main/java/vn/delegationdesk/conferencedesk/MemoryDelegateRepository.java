package vn.delegationdesk.conferencedesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Delegates kept in memory: for services built without a store (tests, the window's tests of other features). */
public final class MemoryDelegateRepository implements DelegateRepository {
    private final Map<String, List<Delegate>> lists = new HashMap<>();

    private static String key(long delegationId, String conferenceId) {
        return delegationId + "/" + conferenceId;
    }

    @Override
    public synchronized List<Delegate> list(long delegationId, String conferenceId) {
        return List.copyOf(lists.getOrDefault(key(delegationId, conferenceId), List.of()));
    }

    @Override
    public synchronized void saveAll(long delegationId, String conferenceId, List<Delegate> delegates) {
        DelegateChecks.requireOfConference(conferenceId, delegates);
        for (Map.Entry<String, List<Delegate>> entry : lists.entrySet()) {
            if (!entry.getKey().equals(key(delegationId, conferenceId))) {
                for (Delegate other : entry.getValue()) {
                    if (delegates.stream().anyMatch(d -> d.id().equals(other.id()))) {
                        throw new IllegalArgumentException("delegate id already kept elsewhere: " + other.id());
                    }
                }
            }
        }
        lists.put(key(delegationId, conferenceId), new ArrayList<>(delegates));
    }

    @Override
    public synchronized List<Delegate> update(long delegationId, String conferenceId, UnaryOperator<List<Delegate>> change) {
        List<Delegate> next = List.copyOf(change.apply(list(delegationId, conferenceId)));
        saveAll(delegationId, conferenceId, next);
        return next;
    }

    @Override
    public synchronized Optional<Delegate> checkIn(String delegateId, Instant at) {
        Objects.requireNonNull(at, "at");
        for (List<Delegate> list : lists.values()) {
            for (int i = 0; i < list.size(); i++) {
                Delegate delegate = list.get(i);
                if (delegate.id().equals(delegateId)) {
                    Delegate stamped = delegate.checkedIn(delegate.checkedInAt() != null ? delegate.checkedInAt() : at);
                    list.set(i, stamped);
                    return Optional.of(stamped);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized void addWalkIn(long delegationId, Delegate delegate) {
        DelegateChecks.requireOfConference(delegate.conferenceId(), List.of(delegate));
        boolean taken = lists.values().stream().flatMap(List::stream).anyMatch(d -> d.id().equals(delegate.id()));
        if (taken) {
            throw new IllegalArgumentException("delegate id already kept: " + delegate.id());
        }
        lists.computeIfAbsent(key(delegationId, delegate.conferenceId()), k -> new ArrayList<>()).add(delegate);
    }
}
