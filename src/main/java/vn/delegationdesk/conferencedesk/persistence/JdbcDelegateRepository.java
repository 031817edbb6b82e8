package vn.delegationdesk.conferencedesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateChecks;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateRepository;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.platform.db.Store;

/**
 * Delegates in the table of migration V15. A conference's list is written whole in one transaction (deleted, then
 * inserted in order), so a failure anywhere (a text too long for its column) leaves the previous list as it was. A
 * check-in is its own transaction that stamps one row; a walk-in inserts one row at the end of the list. Times are kept
 * to the microsecond, which both stores hold. Plain SQL that H2 and PostgreSQL both run.
 */
public final class JdbcDelegateRepository implements DelegateRepository {
    private static final String COLUMNS = "id, conference_id, full_name, title, body, delegate_group, precedence, contact,"
            + " on_payroll, status, checked_in_at, member_id, walk_in";
    private final Store store;

    public JdbcDelegateRepository(Store store) {
        this.store = store;
    }

    @Override
    public List<Delegate> list(long delegationId, String conferenceId) {
        return store.inSnapshot(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM conference_delegate"
                    + " WHERE delegation_id = ? AND conference_id = ? ORDER BY position")) {
                s.setLong(1, delegationId);
                s.setString(2, conferenceId);
                try (ResultSet rows = s.executeQuery()) {
                    List<Delegate> delegates = new ArrayList<>();
                    while (rows.next()) {
                        delegates.add(read(rows));
                    }
                    return delegates;
                }
            }
        });
    }

    /**
     * Every conference desk of the delegation, conference by conference (by id), each list in order: what the copy of a
     * laptop's store to a server carries, including the desks of conferences since removed from the programme.
     */
    public Map<String, List<Delegate>> byConference(long delegationId) {
        return store.inSnapshot(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM conference_delegate"
                    + " WHERE delegation_id = ? ORDER BY conference_id, position")) {
                s.setLong(1, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    Map<String, List<Delegate>> desks = new LinkedHashMap<>();
                    while (rows.next()) {
                        Delegate d = read(rows);
                        desks.computeIfAbsent(d.conferenceId(), k -> new ArrayList<>()).add(d);
                    }
                    return desks;
                }
            }
        });
    }

    /** True when a delegate with one of {@code ids} is kept, in any delegation. */
    public boolean anyKept(Collection<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        return store.inSnapshot(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM conference_delegate WHERE id = ?")) {
                for (String id : ids) {
                    s.setString(1, id);
                    try (ResultSet rows = s.executeQuery()) {
                        if (rows.next()) {
                            return true;
                        }
                    }
                }
                return false;
            }
        });
    }

    @Override
    public void saveAll(long delegationId, String conferenceId, List<Delegate> delegates) {
        DelegateChecks.requireOfConference(conferenceId, delegates);
        store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM conference_delegate WHERE delegation_id = ? AND conference_id = ?")) {
                s.setLong(1, delegationId);
                s.setString(2, conferenceId);
                s.executeUpdate();
            }
            insert(c, delegationId, 0, delegates);
            return null;
        });
    }

    @Override
    public Optional<Delegate> checkIn(String delegateId, Instant at) {
        Objects.requireNonNull(at, "at");
        return store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE conference_delegate SET status = 'ATTENDED',"
                    + " checked_in_at = COALESCE(checked_in_at, ?) WHERE id = ?")) {
                s.setObject(1, time(at));
                s.setString(2, delegateId);
                if (s.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM conference_delegate WHERE id = ?")) {
                s.setString(1, delegateId);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void addWalkIn(long delegationId, Delegate delegate) {
        DelegateChecks.requireOfConference(delegate.conferenceId(), List.of(delegate));
        store.inTransaction(c -> {
            int next;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(position) + 1, 0) FROM conference_delegate"
                    + " WHERE delegation_id = ? AND conference_id = ?")) {
                s.setLong(1, delegationId);
                s.setString(2, delegate.conferenceId());
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    next = rows.getInt(1);
                }
            }
            insert(c, delegationId, next, List.of(delegate));
            return null;
        });
    }

    private static void insert(Connection c, long delegationId, int firstPosition, List<Delegate> delegates) throws SQLException {
        if (delegates.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO conference_delegate (delegation_id, position, " + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = firstPosition;
            for (Delegate d : delegates) {
                s.setLong(1, delegationId);
                s.setInt(2, position++);
                s.setString(3, d.id());
                s.setString(4, d.conferenceId());
                s.setString(5, d.fullName());
                s.setString(6, d.title());
                s.setString(7, d.body());
                s.setString(8, d.group().name());
                s.setInt(9, d.precedence());
                s.setString(10, d.contact());
                s.setBoolean(11, d.onPayroll());
                s.setString(12, d.status().name());
                if (d.checkedInAt() == null) {
                    s.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    s.setObject(13, time(d.checkedInAt()));
                }
                s.setString(14, d.memberId());
                s.setBoolean(15, d.walkIn());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Delegate read(ResultSet rows) throws SQLException {
        OffsetDateTime checkedIn = rows.getObject("checked_in_at", OffsetDateTime.class);
        return new Delegate(rows.getString("id"), rows.getString("conference_id"), rows.getString("full_name"),
                rows.getString("title"), rows.getString("body"), DelegateGroup.valueOf(rows.getString("delegate_group")),
                rows.getInt("precedence"), rows.getString("contact"), rows.getBoolean("on_payroll"),
                DelegateStatus.valueOf(rows.getString("status")), checkedIn == null ? null : checkedIn.toInstant(),
                rows.getString("member_id"), rows.getBoolean("walk_in"));
    }
}
