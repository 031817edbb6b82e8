package vn.delegationdesk.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A quick look at Flyway's history table, so that an up-to-date store opens without starting Flyway:
 * Flyway's own start-up costs about half a second on a government laptop, on every launch. Anything
 * unexpected answers "not current" and leaves the decision to Flyway and its full checks.
 */
final class SchemaVersion {
    /** The version of the newest migration in {@code db/migration}; {@code SchemaVersionTest} keeps it true. */
    static final String LATEST = "17";

    private SchemaVersion() {
    }

    /** Whether every recorded migration succeeded and the newest one is {@link #LATEST}. */
    static boolean isCurrent(Connection connection) {
        String sql = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            String newest = null;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                newest = rows.getString(1);
            }
            return LATEST.equals(newest);
        } catch (SQLException e) {
            return false;
        }
    }
}
