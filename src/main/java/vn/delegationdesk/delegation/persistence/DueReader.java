package vn.delegationdesk.delegation.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.delegation.DueResponsibility;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;

/**
 * Open responsibilities due on or before a day, across all delegations, in two queries whatever their
 * number: the blocks with their delegation's title, then the duties of exactly those blocks.
 */
final class DueReader {
    /** The blocks that count: a due date on or before ?, not done, in a delegation that is not cancelled. */
    private static final String OPEN_DUE = """
            FROM responsibility r
            JOIN delegation d ON d.id = r.delegation_id
            WHERE r.due_date <= ? AND r.status <> 'DONE' AND d.status <> 'CANCELLED'
            """;
    private static final String BLOCKS = "SELECT r.delegation_id, d.title, r.position, r.unit, r.role, r.due_date, r.status\n"
            + OPEN_DUE + "ORDER BY r.due_date, r.delegation_id, r.position";
    private static final String DUTIES = """
            SELECT t.delegation_id, t.responsibility_position, t.content
            FROM responsibility_duty t
            JOIN responsibility r ON r.delegation_id = t.delegation_id AND r.position = t.responsibility_position
            JOIN delegation d ON d.id = r.delegation_id
            WHERE r.due_date <= ? AND r.status <> 'DONE' AND d.status <> 'CANCELLED'
            ORDER BY t.delegation_id, t.responsibility_position, t.position
            """;

    List<DueResponsibility> read(Connection c, LocalDate until) throws SQLException {
        Map<BlockKey, List<String>> duties = duties(c, until);
        List<DueResponsibility> due = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(BLOCKS)) {
            Rows.setDate(statement, 1, until);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    long delegationId = r.getLong("delegation_id");
                    int position = r.getInt("position");
                    Responsibility block = new Responsibility(r.getString("unit"),
                            Rows.enumValue(r, "role", ResponsibilityRole.class),
                            duties.getOrDefault(new BlockKey(delegationId, position), List.of()),
                            Rows.date(r, "due_date"), Rows.enumValue(r, "status", TaskStatus.class));
                    due.add(new DueResponsibility(delegationId, r.getString("title"), position, block));
                }
            }
        }
        return due;
    }

    private static Map<BlockKey, List<String>> duties(Connection c, LocalDate until) throws SQLException {
        Map<BlockKey, List<String>> duties = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement(DUTIES)) {
            Rows.setDate(statement, 1, until);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    BlockKey key = new BlockKey(r.getLong("delegation_id"), r.getInt("responsibility_position"));
                    duties.computeIfAbsent(key, k -> new ArrayList<>()).add(r.getString("content"));
                }
            }
        }
        return duties;
    }

    private record BlockKey(long delegationId, int position) {
    }
}
