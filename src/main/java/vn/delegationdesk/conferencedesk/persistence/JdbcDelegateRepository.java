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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
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

    /**
     * {@inheritDoc} The rows are held first (their positions moved out of the way, which locks them), read, and then
     * removed, updated in place by id or inserted, so that a check-in waiting on a row stamps it once this commits.
     */
    @Override
    public List<Delegate> update(long delegationId, String conferenceId, UnaryOperator<List<Delegate>> change) {
        return store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE conference_delegate SET position = -1 - position"
                    + " WHERE delegation_id = ? AND conference_id = ?")) {
                s.setLong(1, delegationId);
                s.setString(2, conferenceId);
                s.executeUpdate();
            }
            List<Delegate> stored = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM conference_delegate"
                    + " WHERE delegation_id = ? AND conference_id = ? ORDER BY position DESC")) {
                s.setLong(1, delegationId);
                s.setString(2, conferenceId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        stored.add(read(rows));
                    }
                }
            }
            List<Delegate> next = List.copyOf(change.apply(List.copyOf(stored)));
            DelegateChecks.requireOfConference(conferenceId, next);
            Set<String> nextIds = new HashSet<>();
            next.forEach(d -> nextIds.add(d.id()));
            Set<String> storedIds = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("DELETE FROM conference_delegate WHERE id = ?")) {
                for (Delegate d : stored) {
                    storedIds.add(d.id());
                    if (!nextIds.contains(d.id())) {
                        s.setString(1, d.id());
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE conference_delegate SET position = ?, conference_id = ?,"
                    + " full_name = ?, title = ?, body = ?, delegate_group = ?, precedence = ?, contact = ?, on_payroll = ?,"
                    + " status = ?, checked_in_at = ?, member_id = ?, walk_in = ? WHERE id = ?")) {
                for (int i = 0; i < next.size(); i++) {
                    Delegate d = next.get(i);
                    if (storedIds.contains(d.id())) {
                        s.setInt(1, i);
                        bind(s, 2, d);
                        s.setString(14, d.id());
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            for (int i = 0; i < next.size(); i++) {
                if (!storedIds.contains(next.get(i).id())) {
                    insert(c, delegationId, i, List.of(next.get(i)));
                }
            }
            return next;
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
                bind(s, 4, d);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Binds the columns after the id, from conference_id to walk_in, from parameter {@code first} on. */
    private static void bind(PreparedStatement s, int first, Delegate d) throws SQLException {
        s.setString(first, d.conferenceId());
        s.setString(first + 1, d.fullName());
        s.setString(first + 2, d.title());
        s.setString(first + 3, d.body());
        s.setString(first + 4, d.group().name());
        s.setInt(first + 5, d.precedence());
        s.setString(first + 6, d.contact());
        s.setBoolean(first + 7, d.onPayroll());
        s.setString(first + 8, d.status().name());
        if (d.checkedInAt() == null) {
            s.setNull(first + 9, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(first + 9, time(d.checkedInAt()));
        }
        s.setString(first + 10, d.memberId());
        s.setBoolean(first + 11, d.walkIn());
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
