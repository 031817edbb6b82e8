package vn.delegationdesk.settlement.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.settlement.SettlementClosing;

/** The closings of migration V13, read and written inside a caller's transaction. */
final class ClosingTable {
    private static final String SELECT = "SELECT closing_number, closed_at, closed_by, reopened_at, reopened_by, paid_total,"
            + " content FROM settlement_closing WHERE delegation_id = ? ORDER BY closing_number";
    private static final String INSERT = "INSERT INTO settlement_closing (delegation_id, closing_number, closed_at, closed_by,"
            + " paid_total, content) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String REOPEN = "UPDATE settlement_closing SET reopened_at = ?, reopened_by = ?"
            + " WHERE delegation_id = ? AND closing_number = ? AND reopened_at IS NULL";

    private ClosingTable() {
    }

    static List<SettlementClosing> all(Connection c, long delegationId) throws SQLException {
        List<SettlementClosing> closings = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setLong(1, delegationId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    SettlementJson.Frozen frozen = SettlementJson.read(rows.getString("content"));
                    closings.add(new SettlementClosing(rows.getInt("closing_number"),
                            instant(rows.getObject("closed_at", OffsetDateTime.class)), rows.getString("closed_by"),
                            frozen.settlement(), frozen.totals(), rows.getLong("paid_total"),
                            instant(rows.getObject("reopened_at", OffsetDateTime.class)), rows.getString("reopened_by")));
                }
            }
        }
        return closings;
    }

    /** The closing in force, the last one when it was not reopened; null when the books are open. */
    static SettlementClosing inForce(Connection c, long delegationId) throws SQLException {
        List<SettlementClosing> all = all(c, delegationId);
        SettlementClosing last = all.isEmpty() ? null : all.get(all.size() - 1);
        return last != null && last.inForce() ? last : null;
    }

    static int insert(Connection c, long delegationId, int number, SettlementClosing closing) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setLong(1, delegationId);
            s.setInt(2, number);
            s.setObject(3, OffsetDateTime.ofInstant(closing.closedAt(), ZoneOffset.UTC));
            s.setString(4, closing.closedBy());
            s.setLong(5, closing.paidTotal());
            s.setString(6, SettlementJson.write(closing.settlement(), closing.totals()));
            s.executeUpdate();
        }
        return number;
    }

    static boolean reopen(Connection c, long delegationId, int number, Instant at, String by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REOPEN)) {
            s.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.setString(2, by);
            s.setLong(3, delegationId);
            s.setInt(4, number);
            return s.executeUpdate() == 1;
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
