package vn.delegationdesk.delegation.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.platform.db.SqlDialect;
import vn.delegationdesk.platform.db.StoreException;

/** Writes a delegation's row and its child rows; the caller owns the transaction. */
final class DelegationWriter {
    private static final String HEADER_COLUMNS = "title, status, issuing_parent_body, issuing_name, issuing_abbreviation,"
            + " document_number, document_symbol, document_place, document_date, departure_place, planned_size,"
            + " funding_source, signer_authority_prefix, signer_principal_title, signer_title, signer_name, sample,"
            + " start_date, end_date";
    private static final String INSERT_HEADER = "INSERT INTO delegation (" + HEADER_COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_HEADER = "UPDATE delegation SET (" + HEADER_COLUMNS + ", updated_at, version)"
            + " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, version + 1) WHERE id = ?";
    /** The compare-and-set save: the row changes only while it is still at the version the editor opened. */
    private static final String UPDATE_HEADER_IF_VERSION = "UPDATE delegation SET (" + HEADER_COLUMNS
            + ", updated_at, version, saved_by, saved_at)"
            + " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, version + 1, ?, ?)"
            + " WHERE id = ? AND version = ?";

    /** Decimals of member.allowance_coefficient, DECIMAL(6, 2). */
    private static final int COEFFICIENT_SCALE = 2;

    /** Tables holding the direct children; grandchildren go with them by ON DELETE CASCADE. */
    private static final List<String> CHILD_TABLES = List.of("legal_basis", "purpose", "exchange_topic", "leg",
            "transport_mode", "member_group", "member", "programme_day", "stay_night", "conference", "responsibility",
            "recipient");

    /** A grandchild row: its parent's index and its own index in the parent's list. */
    private record Nested<T>(int parentPosition, int position, T item) {
    }

    private final SqlDialect dialect;

    DelegationWriter(SqlDialect dialect) {
        this.dialect = dialect;
    }

    long insertHeader(Connection connection, Delegation d) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_HEADER, dialect.generatedKey("id"))) {
            bindHeader(statement, d);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for the new delegation");
                }
                return keys.getLong(1);
            }
        }
    }

    /** Updates the delegation row; false when no delegation has this id. */
    boolean updateHeader(Connection connection, long id, Delegation d) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_HEADER)) {
            int next = bindHeader(statement, d);
            statement.setLong(next, id);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Updates the delegation row only while it is at {@code expectedVersion}, making it the next version saved by
     * {@code savedBy} at {@code savedAt}; false when it is not (saved by someone else since, or gone). The update locks
     * the row, so a concurrent save of the same version waits and then finds the version moved on.
     */
    boolean updateHeaderIfVersion(Connection connection, long id, Delegation d, long expectedVersion, String savedBy,
            OffsetDateTime savedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_HEADER_IF_VERSION)) {
            int next = bindHeader(statement, d);
            statement.setString(next, savedBy);
            statement.setObject(next + 1, savedAt);
            statement.setLong(next + 2, id);
            statement.setLong(next + 3, expectedVersion);
            return statement.executeUpdate() == 1;
        }
    }

    void deleteChildren(Connection connection, long id) throws SQLException {
        for (String table : CHILD_TABLES) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE delegation_id = ?")) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
    }

    void insertChildren(Connection c, long id, Delegation d) throws SQLException {
        Rows.insertAll(c, "INSERT INTO legal_basis (delegation_id, position, kind, number, basis_date, issuer, subject)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", d.legalBases(), (s, b, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, b.kind());
                    s.setString(4, b.number());
                    Rows.setDate(s, 5, b.date());
                    s.setString(6, b.issuer());
                    s.setString(7, b.subject());
                });
        insertTexts(c, "INSERT INTO purpose (delegation_id, position, content) VALUES (?, ?, ?)", id, d.purposes());
        insertTexts(c, "INSERT INTO exchange_topic (delegation_id, position, content) VALUES (?, ?, ?)", id,
                d.exchangeTopics());
        Rows.insertAll(c, "INSERT INTO leg (delegation_id, position, place, city, start_date, end_date, summary)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", d.legs(), (s, leg, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, leg.place());
                    s.setString(4, leg.city());
                    Rows.setDate(s, 5, leg.startDate());
                    Rows.setDate(s, 6, leg.endDate());
                    s.setString(7, leg.summary());
                });
        Rows.insertAll(c, "INSERT INTO transport_mode (delegation_id, position, mode) VALUES (?, ?, ?)",
                d.transportModes(), (s, mode, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    Rows.setEnum(s, 3, mode);
                });
        insertGroups(c, id, d.groups());
        insertMembers(c, id, d.members());
        insertProgramme(c, id, d.programme());
        insertNights(c, id, d.nights());
        insertConferences(c, id, d.conferences());
        insertResponsibilities(c, id, d.responsibilities());
        insertTexts(c, "INSERT INTO recipient (delegation_id, position, name) VALUES (?, ?, ?)", id, d.recipients());
    }

    private static int bindHeader(PreparedStatement s, Delegation d) throws SQLException {
        s.setString(1, d.title());
        Rows.setEnum(s, 2, d.status());
        s.setString(3, d.issuingBody().parentBody());
        s.setString(4, d.issuingBody().name());
        s.setString(5, d.issuingBody().abbreviation());
        s.setString(6, d.document().number());
        s.setString(7, d.document().symbol());
        s.setString(8, d.document().place());
        Rows.setDate(s, 9, d.document().date());
        s.setString(10, d.departurePlace());
        s.setInt(11, d.plannedSize());
        s.setString(12, d.fundingSource());
        s.setString(13, d.signer().authorityPrefix());
        s.setString(14, d.signer().principalTitle());
        s.setString(15, d.signer().title());
        s.setString(16, d.signer().name());
        s.setBoolean(17, d.sample());
        Rows.setDate(s, 18, d.startDate());
        Rows.setDate(s, 19, d.endDate());
        return 20;
    }

    private static void insertTexts(Connection c, String sql, long id, List<String> texts) throws SQLException {
        Rows.insertAll(c, sql, texts, (s, text, i) -> {
            s.setLong(1, id);
            s.setInt(2, i);
            s.setString(3, text);
        });
    }

    private static void insertGroups(Connection c, long id, List<MemberGroup> groups) throws SQLException {
        Rows.insertAll(c, "INSERT INTO member_group (delegation_id, position, group_id, name, description)"
                + " VALUES (?, ?, ?, ?, ?)", groups, (s, g, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, g.id());
                    s.setString(4, g.name());
                    s.setString(5, g.description());
                });
        Rows.insertAll(c, "INSERT INTO quota (delegation_id, group_position, position, sending_unit, seats)"
                + " VALUES (?, ?, ?, ?, ?)", flatten(groups, MemberGroup::quotas), (s, q, i) -> {
                    bindNested(s, id, q);
                    s.setString(4, q.item().sendingUnit());
                    s.setInt(5, q.item().seats());
                });
    }

    private static void insertMembers(Connection c, long id, List<Member> members) throws SQLException {
        Rows.insertAll(c, "INSERT INTO member (delegation_id, position, member_id, full_name, gender, date_of_birth,"
                + " job_title, sending_unit, group_id, allowance_coefficient, on_state_payroll, phone, id_number, role,"
                + " notes, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members, (s, m, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, m.id());
                    s.setString(4, m.fullName());
                    Rows.setEnum(s, 5, m.gender());
                    Rows.setDate(s, 6, m.dateOfBirth());
                    s.setString(7, m.position());
                    s.setString(8, m.sendingUnit());
                    s.setString(9, m.groupId());
                    Rows.setDecimal(s, 10, checkedCoefficient(m));
                    s.setBoolean(11, m.onStatePayroll());
                    s.setString(12, m.phone());
                    s.setString(13, m.idNumber());
                    Rows.setEnum(s, 14, m.role());
                    s.setString(15, m.notes());
                    s.setBoolean(16, m.sample());
                });
    }

    private static void insertProgramme(Connection c, long id, List<ProgrammeDay> days) throws SQLException {
        Rows.insertAll(c, "INSERT INTO programme_day (delegation_id, position, day_date) VALUES (?, ?, ?)", days,
                (s, day, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    Rows.setDate(s, 3, day.date());
                });
        Rows.insertAll(c, "INSERT INTO activity (delegation_id, day_position, position, half_day, kind, description,"
                + " place, host, transport, conference_id, notes, start_time, end_time)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                flatten(days, ProgrammeDay::activities), (s, a, i) -> {
                    bindNested(s, id, a);
                    Activity activity = a.item();
                    Rows.setEnum(s, 4, activity.halfDay());
                    Rows.setEnum(s, 5, activity.kind());
                    s.setString(6, activity.description());
                    s.setString(7, activity.place());
                    s.setString(8, activity.host());
                    Rows.setEnum(s, 9, activity.transport());
                    s.setString(10, activity.conferenceId());
                    s.setString(11, activity.notes());
                    Rows.setTime(s, 12, activity.startTime());
                    Rows.setTime(s, 13, activity.endTime());
                });
    }

    /** The stay plan the user set; none while the nights follow the programme. */
    private static void insertNights(Connection c, long id, List<Night> nights) throws SQLException {
        Rows.insertAll(c, "INSERT INTO stay_night (delegation_id, position, night_date, place, hotel, address, phone,"
                + " host_provides) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", nights, (s, night, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    Rows.setDate(s, 3, night.date());
                    s.setString(4, night.place());
                    s.setString(5, night.accommodation().hotel());
                    s.setString(6, night.accommodation().address());
                    s.setString(7, night.accommodation().phone());
                    s.setBoolean(8, night.accommodation().hostProvides());
                });
    }

    private static void insertConferences(Connection c, long id, List<Conference> conferences) throws SQLException {
        Rows.insertAll(c, "INSERT INTO conference (delegation_id, position, conference_id, title, conference_date,"
                + " half_day, venue, venue_standard, expected_delegates, co_organiser)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", conferences, (s, conf, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, conf.id());
                    s.setString(4, conf.title());
                    Rows.setDate(s, 5, conf.date());
                    Rows.setEnum(s, 6, conf.halfDay());
                    s.setString(7, conf.venue());
                    s.setString(8, conf.venueStandard());
                    s.setInt(9, conf.expectedDelegates());
                    s.setString(10, conf.coOrganiser());
                });
        Rows.insertAll(c, "INSERT INTO agenda_item (delegation_id, conference_position, position, content, presenter,"
                + " duration_minutes) VALUES (?, ?, ?, ?, ?, ?)", flatten(conferences, Conference::agenda), (s, a, i) -> {
                    bindNested(s, id, a);
                    AgendaItem item = a.item();
                    s.setString(4, item.content());
                    s.setString(5, item.presenter());
                    Rows.setInteger(s, 6, item.durationMinutes());
                });
    }

    private static void insertResponsibilities(Connection c, long id, List<Responsibility> items) throws SQLException {
        Rows.insertAll(c, "INSERT INTO responsibility (delegation_id, position, unit, role, due_date, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", items, (s, r, i) -> {
                    s.setLong(1, id);
                    s.setInt(2, i);
                    s.setString(3, r.unit());
                    Rows.setEnum(s, 4, r.role());
                    Rows.setDate(s, 5, r.dueDate());
                    Rows.setEnum(s, 6, r.status());
                });
        Rows.insertAll(c, "INSERT INTO responsibility_duty (delegation_id, responsibility_position, position, content)"
                + " VALUES (?, ?, ?, ?)", flatten(items, Responsibility::duties), (s, duty, i) -> {
                    bindNested(s, id, duty);
                    s.setString(4, duty.item());
                });
    }

    /**
     * The column keeps 2 decimals and H2 would round 0.125 to 0.13 without a word; refuse instead, so a
     * stored coefficient is always exactly the one entered.
     */
    private static BigDecimal checkedCoefficient(Member m) {
        BigDecimal value = m.allowanceCoefficient();
        if (value != null && value.stripTrailingZeros().scale() > COEFFICIENT_SCALE) {
            throw new StoreException(StoreException.Reason.OTHER, "store.error.coefficientScale",
                    List.of(m.fullName(), value.toPlainString().replace('.', ',')),
                    "allowance coefficient with more than " + COEFFICIENT_SCALE + " decimals: " + value, null);
        }
        return value;
    }

    /** Binds the three key columns every grandchild table starts with. */
    private static void bindNested(PreparedStatement s, long id, Nested<?> row) throws SQLException {
        s.setLong(1, id);
        s.setInt(2, row.parentPosition());
        s.setInt(3, row.position());
    }

    private static <P, T> List<Nested<T>> flatten(List<P> parents, Function<P, List<T>> children) {
        List<Nested<T>> rows = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            List<T> items = children.apply(parents.get(p));
            for (int i = 0; i < items.size(); i++) {
                rows.add(new Nested<>(p, i, items.get(i)));
            }
        }
        return rows;
    }
}
