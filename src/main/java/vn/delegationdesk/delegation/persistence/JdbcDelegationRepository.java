package vn.delegationdesk.delegation.persistence;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationRepository;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.DueResponsibility;
import vn.delegationdesk.delegation.MemberElsewhere;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.platform.db.Store;

/**
 * Delegations in the store (H2 or PostgreSQL) with plain JDBC. Each call is one transaction; a write replaces the whole aggregate
 * (the delegation row is kept, every child row is deleted and inserted again), so a failure anywhere
 * leaves the stored delegation exactly as it was. A person's save is compare-and-set on the row's version
 * ({@link #updateIfVersion}). Failures surface as
 * {@link vn.delegationdesk.platform.db.StoreException}.
 */
public final class JdbcDelegationRepository implements DelegationRepository {
    private final Store database;
    private final DelegationWriter writer;
    private final DelegationReader reader = new DelegationReader();
    private final SummaryReader summaries = new SummaryReader();
    private final MembersElsewhereReader elsewhere = new MembersElsewhereReader();
    private final DueReader due = new DueReader();
    private final VersionReader versions = new VersionReader();
    private final ChangeJournal journal;

    public JdbcDelegationRepository(Store database) {
        this(database, ChangeJournal.NONE);
    }

    /** As {@link #JdbcDelegationRepository(Store)}, telling {@code journal} of each insert and update in its transaction. */
    public JdbcDelegationRepository(Store database, ChangeJournal journal) {
        this.database = database;
        this.writer = new DelegationWriter(database.dialect());
        this.journal = journal;
    }

    @Override
    public List<DelegationSummary> findSummaries() {
        return database.inSnapshot(summaries::read);
    }

    @Override
    public Optional<Delegation> findById(long id) {
        return database.inSnapshot(c -> reader.load(c, id));
    }

    @Override
    public Optional<VersionedDelegation> findVersioned(long id) {
        return database.inSnapshot(c -> {
            Optional<StoredVersion> version = versions.read(c, id);
            if (version.isEmpty()) {
                return Optional.empty();
            }
            return reader.load(c, id).map(d -> new VersionedDelegation(d, version.get()));
        });
    }

    @Override
    public Optional<StoredVersion> findVersion(long id) {
        return database.inSnapshot(c -> versions.read(c, id));
    }

    @Override
    public long insert(Delegation delegation) {
        return database.inTransaction(c -> {
            long id = writer.insertHeader(c, delegation);
            writer.insertChildren(c, id, delegation);
            journal.created(c, id);
            return id;
        });
    }

    @Override
    public boolean update(Delegation delegation) {
        if (delegation.id() == null) {
            return false;
        }
        long id = delegation.id();
        return database.inTransaction(c -> {
            // The journal checks first (it may refuse before anything is written); updating the row then locks it, so
            // concurrent saves of one delegation run one after another.
            journal.saving(c, delegation, () -> reader.load(c, id).orElseThrow());
            if (!writer.updateHeader(c, id, delegation)) {
                return false;
            }
            writer.deleteChildren(c, id);
            writer.insertChildren(c, id, delegation);
            journal.saved(c, id);
            return true;
        });
    }

    @Override
    public Optional<StoredVersion> updateIfVersion(Delegation delegation, long expectedVersion, String savedBy, Instant savedAt) {
        if (delegation.id() == null) {
            return Optional.empty();
        }
        long id = delegation.id();
        OffsetDateTime at = savedAt.atOffset(ZoneOffset.UTC);
        return database.inTransaction(c -> {
            // The journal checks first (it may refuse before anything is written). The row is then updated (so locked):
            // a concurrent save of the same version waits there, then matches nothing.
            journal.saving(c, delegation, () -> reader.load(c, id).orElseThrow());
            if (!writer.updateHeaderIfVersion(c, id, delegation, expectedVersion, savedBy, at)) {
                return Optional.empty();
            }
            writer.deleteChildren(c, id);
            writer.insertChildren(c, id, delegation);
            journal.saved(c, id);
            return Optional.of(new StoredVersion(expectedVersion + 1, savedBy, savedAt));
        });
    }

    @Override
    public List<MemberElsewhere> findMembersElsewhere(long excludeId, Collection<String> idNumbers,
            Collection<String> fullNames) {
        return database.inSnapshot(c -> elsewhere.read(c, excludeId, idNumbers, fullNames));
    }

    @Override
    public boolean delete(long id) {
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement("DELETE FROM delegation WHERE id = ?")) {
                statement.setLong(1, id);
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<DueResponsibility> findOpenDue(LocalDate until) {
        return database.inSnapshot(c -> due.read(c, until));
    }
}
