package vn.delegationdesk.delegation.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.delegationdesk.delegation.StoredVersion;

/** Reads only a delegation's version, who saved it and when: one row, three columns. */
final class VersionReader {
    Optional<StoredVersion> read(Connection c, long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT version, saved_by, saved_at FROM delegation WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                OffsetDateTime at = rows.getObject(3, OffsetDateTime.class);
                return Optional.of(new StoredVersion(rows.getLong(1), rows.getString(2), at.toInstant()));
            }
        }
    }
}
