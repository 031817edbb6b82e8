package vn.delegationdesk.delegation.approval.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.approval.ApprovalDecision;
import vn.delegationdesk.delegation.approval.ApprovalRefused;
import vn.delegationdesk.delegation.approval.ApprovalRepository;
import vn.delegationdesk.delegation.approval.ApprovalStage;
import vn.delegationdesk.delegation.approval.ApprovalState;
import vn.delegationdesk.delegation.approval.AuditAction;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.approval.FrozenContent;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.approval.RevisionFile;
import vn.delegationdesk.delegation.approval.SaveGuard;
import vn.delegationdesk.delegation.persistence.ChangeJournal;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.Store;

/**
 * The approval trail and the audit list in the tables {@code approval_stage} and {@code audit_entry} (migration V8), and
 * the revisions frozen at each submission ({@link RevisionTables}, V9) in the submission's own transaction.
 * As the delegations' {@link ChangeJournal} it writes "created" and "saved" lines in the write's own transaction, and
 * refuses a save the trail does not allow ({@link SaveGuard}) before anything is written. Every statement is plain SQL
 * that H2 and PostgreSQL both run.
 */
public final class JdbcApprovalTrail implements ApprovalRepository, ChangeJournal {
    private static final String LOCK_DELEGATION = "SELECT id FROM delegation WHERE id = ? FOR UPDATE";
    private static final String SELECT_STATE = "SELECT stage, approving_body, decision_number, decision_date, changed_by,"
            + " changed_at FROM approval_stage WHERE delegation_id = ?";
    private static final String UPDATE_STATE = "UPDATE approval_stage SET stage = ?, approving_body = ?, decision_number = ?,"
            + " decision_date = ?, changed_by = ?, changed_at = ? WHERE delegation_id = ?";
    private static final String INSERT_STATE = "INSERT INTO approval_stage (stage, approving_body, decision_number,"
            + " decision_date, changed_by, changed_at, delegation_id) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ENTRY = "INSERT INTO audit_entry (delegation_id, recorded_at, user_name, action,"
            + " from_stage, detail) VALUES (?, ?, ?, ?, ?, ?)";
    /**
     * The audit list with, in its place by time, the copy that brought the delegation from a laptop onto this store
     * (migration V10: the copy is recorded once for all the delegations it brought, not as an audit line of each).
     */
    private static final String SELECT_ENTRIES = "SELECT recorded_at, user_name, action, from_stage, detail, 0 AS kind,"
            + " id AS seq FROM audit_entry WHERE delegation_id = ?"
            + " UNION ALL SELECT t.transferred_at, t.transferred_by, 'TRANSFERRED', CAST(NULL AS VARCHAR(20)), t.detail, 1, t.id"
            + " FROM delegation_transfer d JOIN store_transfer t ON t.id = d.transfer_id WHERE d.delegation_id = ?"
            + " ORDER BY recorded_at, kind, seq";
    /**
     * A step that changes the life status is a save of the delegation row: its version moves on, so that an editor opened
     * before the step cannot save over the new status without being told (see DelegationService's compare-and-set).
     */
    private static final String UPDATE_STATUS =
            "UPDATE delegation SET status = ?, version = version + 1, saved_by = ?, saved_at = ? WHERE id = ?";
    private static final int SAVED_BY_WIDTH = 200;

    private final Store database;
    private final Supplier<User> user;
    private final Clock clock;

    public JdbcApprovalTrail(Store database, Supplier<User> user) {
        this(database, user, Clock.systemUTC());
    }

    public JdbcApprovalTrail(Store database, Supplier<User> user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public ApprovalState stateOf(long delegationId) {
        return database.inSnapshot(c -> read(c, delegationId));
    }

    @Override
    public List<AuditEntry> trail(long delegationId) {
        return database.inSnapshot(c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT_ENTRIES)) {
                s.setLong(1, delegationId);
                s.setLong(2, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        String from = rows.getString("from_stage");
                        entries.add(new AuditEntry(delegationId, instant(rows, "recorded_at"), rows.getString("user_name"),
                                AuditAction.valueOf(rows.getString("action")), from == null ? null : ApprovalStage.valueOf(from),
                                rows.getString("detail")));
                    }
                }
            }
            return entries;
        });
    }

    @Override
    public boolean move(long delegationId, ApprovalStage from, ApprovalState to, AuditEntry entry, DelegationStatus status) {
        return database.inTransaction(c -> {
            if (!lock(c, delegationId) || read(c, delegationId).stage() != from) {
                return false;
            }
            writeState(c, delegationId, to);
            insert(c, entry);
            if (status != null) {
                try (PreparedStatement s = c.prepareStatement(UPDATE_STATUS)) {
                    String who = to.changedBy();
                    s.setString(1, status.name());
                    s.setString(2, who.length() > SAVED_BY_WIDTH ? who.substring(0, SAVED_BY_WIDTH) : who);
                    s.setObject(3, OffsetDateTime.ofInstant(to.changedAt(), ZoneOffset.UTC));
                    s.setLong(4, delegationId);
                    s.executeUpdate();
                }
            }
            return true;
        });
    }

    /**
     * Writes a delegation's trail as another store kept it: its stage (when it has one) and its audit list with who and
     * when as recorded there, for a copy of a laptop's data onto a server. The delegation must have no trail yet.
     */
    public void restore(long delegationId, ApprovalState state, List<AuditEntry> entries) {
        database.inTransaction(c -> {
            if (state.changedAt() != null) {
                writeState(c, delegationId, state);
            }
            for (AuditEntry entry : entries) {
                if (entry.action() != AuditAction.TRANSFERRED) {
                    insert(c, new AuditEntry(delegationId, entry.at(), entry.who(), entry.action(), entry.from(), entry.detail()));
                }
            }
            return null;
        });
    }

    @Override
    public int submit(long delegationId, ApprovalStage from, ApprovalState to, AuditEntry entry, FrozenContent frozen) {
        return database.inTransaction(c -> {
            if (!lock(c, delegationId) || read(c, delegationId).stage() != from) {
                return 0;
            }
            if (!frozen.anyVersion() && versionOf(c, delegationId) != frozen.version()) {
                throw new ApprovalRefused("approvals.refused.savedMeanwhile");
            }
            writeState(c, delegationId, to);
            int number = RevisionTables.insert(c, delegationId, to.changedAt(), to.changedBy(), frozen);
            insert(c, new AuditEntry(entry.delegationId(), entry.at(), entry.who(), entry.action(), entry.from(),
                    String.valueOf(number)));
            return number;
        });
    }

    @Override
    public List<Revision> revisions(long delegationId) {
        return database.inSnapshot(c -> RevisionTables.list(c, delegationId));
    }

    @Override
    public List<RevisionFile> documents(long delegationId, int number) {
        return database.inSnapshot(c -> RevisionTables.documents(c, delegationId, number));
    }

    private static long versionOf(Connection c, long delegationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM delegation WHERE id = ?")) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /**
     * Writes a revision as another store froze it, with its documents, as the delegation's next revision: for a copy of
     * a laptop's data onto a server, revisions oldest first, so that each keeps its number.
     */
    public void restoreRevision(long delegationId, Revision revision, List<RevisionFile> documents) {
        database.inTransaction(c -> RevisionTables.insert(c, delegationId, revision.frozenAt(), revision.frozenBy(),
                new FrozenContent(-1, revision.content(), revision.estimate(), revision.total(), documents)));
    }

    @Override
    public void created(Connection connection, long id) throws SQLException {
        insert(connection, new AuditEntry(id, clock.instant(), user.get().name(), AuditAction.CREATED, null, ""));
    }

    @Override
    public void saving(Connection connection, Delegation next, Stored stored) throws SQLException {
        if (!lock(connection, next.id())) {
            return;
        }
        ApprovalStage stage = read(connection, next.id()).stage();
        if (stage == ApprovalStage.DRAFT) {
            return;
        }
        Optional<Phrase> refusal = SaveGuard.whyNot(stage, stored.read(), next);
        if (refusal.isPresent()) {
            throw new ApprovalRefused(refusal.get().key(), refusal.get().args().toArray());
        }
    }

    @Override
    public void saved(Connection connection, long id) throws SQLException {
        insert(connection, new AuditEntry(id, clock.instant(), user.get().name(), AuditAction.SAVED, null, ""));
    }

    private static void writeState(Connection c, long delegationId, ApprovalState to) throws SQLException {
        ApprovalDecision d = to.decision();
        try (PreparedStatement s = c.prepareStatement(exists(c, delegationId) ? UPDATE_STATE : INSERT_STATE)) {
            s.setString(1, to.stage().name());
            s.setString(2, d == null ? null : d.body());
            s.setString(3, d == null ? null : d.number());
            if (d == null) {
                s.setNull(4, Types.DATE);
            } else {
                s.setDate(4, Date.valueOf(d.date()));
            }
            s.setString(5, to.changedBy());
            s.setObject(6, OffsetDateTime.ofInstant(to.changedAt(), ZoneOffset.UTC));
            s.setLong(7, delegationId);
            s.executeUpdate();
        }
    }

    private static boolean lock(Connection c, long delegationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LOCK_DELEGATION)) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static boolean exists(Connection c, long delegationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM approval_stage WHERE delegation_id = ?")) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static ApprovalState read(Connection c, long delegationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT_STATE)) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return ApprovalState.NONE;
                }
                Date date = rows.getDate("decision_date");
                String body = rows.getString("approving_body");
                ApprovalDecision decision = body == null || date == null ? null
                        : new ApprovalDecision(body, rows.getString("decision_number"), date.toLocalDate());
                return new ApprovalState(ApprovalStage.valueOf(rows.getString("stage")), decision, rows.getString("changed_by"),
                        instant(rows, "changed_at"));
            }
        }
    }

    private static void insert(Connection c, AuditEntry entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_ENTRY)) {
            s.setLong(1, entry.delegationId());
            s.setObject(2, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
            s.setString(3, entry.who());
            s.setString(4, entry.action().name());
            s.setString(5, entry.from() == null ? null : entry.from().name());
            s.setString(6, entry.detail());
            s.executeUpdate();
        }
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
