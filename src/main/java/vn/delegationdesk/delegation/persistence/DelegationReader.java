package vn.delegationdesk.delegation.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;

/** Loads one whole delegation, one query per table, lists in stored order; the caller owns the transaction. */
final class DelegationReader {
    /** Maps the current row to a value. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    Optional<Delegation> load(Connection c, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT * FROM delegation WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Delegation(
                        id,
                        row.getString("title"),
                        Rows.enumValue(row, "status", DelegationStatus.class),
                        new IssuingBody(row.getString("issuing_parent_body"), row.getString("issuing_name"),
                                row.getString("issuing_abbreviation")),
                        new DocumentInfo(row.getString("document_number"), row.getString("document_symbol"),
                                row.getString("document_place"), Rows.date(row, "document_date")),
                        legalBases(c, id),
                        texts(c, id, "purpose", "content"),
                        texts(c, id, "exchange_topic", "content"),
                        row.getString("departure_place"),
                        Rows.date(row, "start_date"),
                        Rows.date(row, "end_date"),
                        legs(c, id),
                        row.getInt("planned_size"),
                        list(c, id, "SELECT mode FROM transport_mode", r -> Rows.enumValue(r, "mode", TransportMode.class)),
                        row.getString("funding_source"),
                        groups(c, id),
                        members(c, id),
                        programme(c, id),
                        nights(c, id),
                        conferences(c, id),
                        responsibilities(c, id),
                        texts(c, id, "recipient", "name"),
                        new Signer(row.getString("signer_authority_prefix"), row.getString("signer_principal_title"),
                                row.getString("signer_title"), row.getString("signer_name")),
                        row.getBoolean("sample")));
            }
        }
    }

    private static List<LegalBasis> legalBases(Connection c, long id) throws SQLException {
        return list(c, id, "SELECT * FROM legal_basis", r -> new LegalBasis(r.getString("kind"), r.getString("number"),
                Rows.date(r, "basis_date"), r.getString("issuer"), r.getString("subject")));
    }

    private static List<String> texts(Connection c, long id, String table, String column) throws SQLException {
        return list(c, id, "SELECT " + column + " FROM " + table, r -> r.getString(column));
    }

    private static List<Leg> legs(Connection c, long id) throws SQLException {
        return list(c, id, "SELECT * FROM leg", r -> new Leg(r.getString("place"), r.getString("city"),
                Rows.date(r, "start_date"), Rows.date(r, "end_date"), r.getString("summary")));
    }

    private static List<MemberGroup> groups(Connection c, long id) throws SQLException {
        List<List<Quota>> quotas = nested(c, id, "SELECT * FROM quota", "group_position",
                r -> new Quota(r.getString("sending_unit"), r.getInt("seats")));
        List<MemberGroup> groups = new ArrayList<>();
        for (GroupRow g : list(c, id, "SELECT * FROM member_group",
                r -> new GroupRow(r.getString("group_id"), r.getString("name"), r.getString("description")))) {
            groups.add(new MemberGroup(g.id(), g.name(), g.description(), childrenAt(quotas, groups.size())));
        }
        return groups;
    }

    private static List<Member> members(Connection c, long id) throws SQLException {
        return list(c, id, "SELECT * FROM member", r -> new Member(
                r.getString("member_id"),
                r.getString("full_name"),
                Rows.enumValue(r, "gender", Gender.class),
                Rows.date(r, "date_of_birth"),
                r.getString("job_title"),
                r.getString("sending_unit"),
                r.getString("group_id"),
                Rows.decimal(r, "allowance_coefficient"),
                r.getBoolean("on_state_payroll"),
                r.getString("phone"),
                r.getString("id_number"),
                Rows.enumValue(r, "role", DelegationRole.class),
                r.getString("notes"),
                r.getBoolean("sample")));
    }

    private static List<ProgrammeDay> programme(Connection c, long id) throws SQLException {
        List<List<Activity>> activities = nested(c, id, "SELECT * FROM activity", "day_position", r -> new Activity(
                Rows.enumValue(r, "half_day", HalfDay.class),
                Rows.enumValue(r, "kind", ActivityKind.class),
                r.getString("description"),
                r.getString("place"),
                r.getString("host"),
                Rows.enumValue(r, "transport", TransportMode.class),
                r.getString("conference_id"),
                r.getString("notes"),
                Rows.time(r, "start_time"),
                Rows.time(r, "end_time")));
        List<ProgrammeDay> days = new ArrayList<>();
        for (LocalDate date : list(c, id, "SELECT day_date FROM programme_day", r -> Rows.date(r, "day_date"))) {
            days.add(new ProgrammeDay(date, childrenAt(activities, days.size())));
        }
        return days;
    }

    private static List<Night> nights(Connection c, long id) throws SQLException {
        return list(c, id, "SELECT * FROM stay_night", r -> new Night(Rows.date(r, "night_date"), r.getString("place"),
                new Accommodation(r.getString("hotel"), r.getString("address"), r.getString("phone"),
                        r.getBoolean("host_provides"))));
    }

    private static List<Conference> conferences(Connection c, long id) throws SQLException {
        List<List<AgendaItem>> agendas = nested(c, id, "SELECT * FROM agenda_item", "conference_position",
                r -> new AgendaItem(r.getString("content"), r.getString("presenter"), Rows.integer(r, "duration_minutes")));
        List<Conference> conferences = new ArrayList<>();
        for (ConferenceRow row : list(c, id, "SELECT * FROM conference", ConferenceRow::of)) {
            conferences.add(row.toConference(childrenAt(agendas, conferences.size())));
        }
        return conferences;
    }

    private static List<Responsibility> responsibilities(Connection c, long id) throws SQLException {
        List<List<String>> duties = nested(c, id, "SELECT * FROM responsibility_duty", "responsibility_position",
                r -> r.getString("content"));
        List<Responsibility> items = new ArrayList<>();
        for (ResponsibilityRow row : list(c, id, "SELECT * FROM responsibility", r -> new ResponsibilityRow(
                r.getString("unit"), Rows.enumValue(r, "role", ResponsibilityRole.class), Rows.date(r, "due_date"),
                Rows.enumValue(r, "status", TaskStatus.class)))) {
            items.add(new Responsibility(row.unit(), row.role(), childrenAt(duties, items.size()), row.dueDate(),
                    row.status()));
        }
        return items;
    }

    /** Runs {@code select} (without WHERE) for one delegation, in list order. */
    private static <T> List<T> list(Connection c, long id, String select, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(select + " WHERE delegation_id = ? ORDER BY position")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /** Loads a grandchild table in one query, grouped by parent position (index i holds parent i's list). */
    private static <T> List<List<T>> nested(Connection c, long id, String select, String parentColumn,
            RowMapper<T> mapper) throws SQLException {
        String sql = select + " WHERE delegation_id = ? ORDER BY " + parentColumn + ", position";
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                List<List<T>> result = new ArrayList<>();
                while (rows.next()) {
                    int parent = rows.getInt(parentColumn);
                    while (result.size() <= parent) {
                        result.add(new ArrayList<>());
                    }
                    result.get(parent).add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    private static <T> List<T> childrenAt(List<List<T>> byParent, int parent) {
        return parent < byParent.size() ? byParent.get(parent) : List.of();
    }

    private record GroupRow(String id, String name, String description) {
    }

    private record ResponsibilityRow(String unit, ResponsibilityRole role, LocalDate dueDate, TaskStatus status) {
    }

    private record ConferenceRow(String id, String title, LocalDate date, HalfDay halfDay, String venue,
            String venueStandard, int expectedDelegates, String coOrganiser) {
        static ConferenceRow of(ResultSet r) throws SQLException {
            return new ConferenceRow(r.getString("conference_id"), r.getString("title"), Rows.date(r, "conference_date"),
                    Rows.enumValue(r, "half_day", HalfDay.class), r.getString("venue"), r.getString("venue_standard"),
                    r.getInt("expected_delegates"), r.getString("co_organiser"));
        }

        Conference toConference(List<AgendaItem> agenda) {
            return new Conference(id, title, date, halfDay, venue, venueStandard, expectedDelegates, coOrganiser, agenda);
        }
    }
}
