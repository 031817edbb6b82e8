package vn.delegationdesk.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationRepository;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.DueResponsibility;
import vn.delegationdesk.delegation.MemberElsewhere;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;

/** A repository in memory for tests and the dev launcher; thread-safe, ids from 1, summaries in id order. */
public final class InMemoryDelegationRepository implements DelegationRepository {
    private final Map<Long, Delegation> stored = new LinkedHashMap<>();
    private long nextId = 1;
    private final Map<Long, StoredVersion> versions = new HashMap<>();
    private RuntimeException nextFailure;
    private long delayMillis;

    public static InMemoryDelegationRepository with(Delegation... delegations) {
        InMemoryDelegationRepository repository = new InMemoryDelegationRepository();
        for (Delegation delegation : delegations) {
            repository.insert(delegation);
        }
        return repository;
    }

    /** The next call of any method throws this (once). */
    public synchronized void failNext(RuntimeException failure) {
        this.nextFailure = failure;
    }

    /** Every call sleeps this long first: lets the dev launcher show loading states. */
    public synchronized void setDelayMillis(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public List<DelegationSummary> findSummaries() {
        pause();
        synchronized (this) {
            failIfAsked();
            return stored.values().stream().map(Delegation::summary).toList();
        }
    }

    @Override
    public Optional<Delegation> findById(long id) {
        pause();
        synchronized (this) {
            failIfAsked();
            return Optional.ofNullable(stored.get(id));
        }
    }

    @Override
    public synchronized long insert(Delegation delegation) {
        failIfAsked();
        long id = nextId++;
        stored.put(id, delegation.withId(id));
        versions.put(id, new StoredVersion(1, "", Instant.EPOCH));
        return id;
    }

    @Override
    public synchronized boolean update(Delegation delegation) {
        failIfAsked();
        if (delegation.id() == null || !stored.containsKey(delegation.id())) {
            return false;
        }
        stored.put(delegation.id(), delegation);
        StoredVersion was = versions.get(delegation.id());
        versions.put(delegation.id(), new StoredVersion(was.version() + 1, "", was.savedAt()));
        return true;
    }

    @Override
    public synchronized Optional<VersionedDelegation> findVersioned(long id) {
        failIfAsked();
        Delegation d = stored.get(id);
        return d == null ? Optional.empty() : Optional.of(new VersionedDelegation(d, versions.get(id)));
    }

    @Override
    public synchronized Optional<StoredVersion> findVersion(long id) {
        failIfAsked();
        return Optional.ofNullable(versions.get(id));
    }

    @Override
    public synchronized Optional<StoredVersion> updateIfVersion(Delegation delegation, long expectedVersion, String savedBy,
            Instant savedAt) {
        failIfAsked();
        StoredVersion was = delegation.id() == null ? null : versions.get(delegation.id());
        if (was == null || was.version() != expectedVersion) {
            return Optional.empty();
        }
        StoredVersion next = new StoredVersion(expectedVersion + 1, savedBy, savedAt);
        stored.put(delegation.id(), delegation);
        versions.put(delegation.id(), next);
        return Optional.of(next);
    }

    @Override
    public synchronized boolean delete(long id) {
        failIfAsked();
        return stored.remove(id) != null;
    }

    @Override
    public synchronized List<MemberElsewhere> findMembersElsewhere(long excludeId, Collection<String> idNumbers,
            Collection<String> fullNames) {
        return MemberScan.elsewhere(stored.values(), excludeId, idNumbers, fullNames);
    }

    @Override
    public List<DueResponsibility> findOpenDue(LocalDate until) {
        pause();
        synchronized (this) {
            failIfAsked();
            return stored.values().stream().flatMap(d -> DueResponsibility.openIn(d, until).stream())
                    .sorted(DueResponsibility.ORDER).toList();
        }
    }

    public synchronized List<Delegation> all() {
        return new ArrayList<>(stored.values());
    }

    private void pause() {
        long delay;
        synchronized (this) {
            delay = delayMillis;
        }
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void failIfAsked() {
        RuntimeException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }
}
