package vn.delegationdesk.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationRepository;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.DueResponsibility;
import vn.delegationdesk.delegation.MemberElsewhere;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.testing.MemberScan;

/** A repository in a map, for service tests; the real one (H2) is tested on its own. */
final class InMemoryDelegationRepository implements DelegationRepository {
    private final Map<Long, Delegation> rows = new TreeMap<>();
    private long nextId = 1;

    @Override
    public List<DelegationSummary> findSummaries() {
        return rows.values().stream().map(Delegation::summary).toList();
    }

    @Override
    public Optional<Delegation> findById(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public long insert(Delegation delegation) {
        long id = nextId++;
        rows.put(id, delegation.withId(id));
        return id;
    }

    @Override
    public boolean update(Delegation delegation) {
        return rows.replace(delegation.id(), delegation) != null;
    }

    /** Versions are not kept here: every stored delegation is at version 1 and a versioned save always finds it moved on. */
    @Override
    public Optional<VersionedDelegation> findVersioned(long id) {
        return findById(id).map(d -> new VersionedDelegation(d, new StoredVersion(1, "", Instant.EPOCH)));
    }

    @Override
    public Optional<StoredVersion> findVersion(long id) {
        return findVersioned(id).map(VersionedDelegation::version);
    }

    @Override
    public Optional<StoredVersion> updateIfVersion(Delegation delegation, long expectedVersion, String savedBy, Instant savedAt) {
        return Optional.empty();
    }

    @Override
    public boolean delete(long id) {
        return rows.remove(id) != null;
    }

    @Override
    public List<MemberElsewhere> findMembersElsewhere(long excludeId, Collection<String> idNumbers,
            Collection<String> fullNames) {
        return MemberScan.elsewhere(rows.values(), excludeId, idNumbers, fullNames);
    }

    @Override
    public List<DueResponsibility> findOpenDue(LocalDate until) {
        return rows.values().stream().flatMap(d -> DueResponsibility.openIn(d, until).stream())
                .sorted(DueResponsibility.ORDER).toList();
    }

    int size() {
        return rows.size();
    }
}
