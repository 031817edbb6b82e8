package vn.delegationdesk.platform.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table holding one text document (JSON) per delegation, read and written whole: {@code delegation_id} the key,
 * {@code content} the text, {@code updated_at} when it was last written. The estimate worksheet and the document
 * settings are kept so; each call is one transaction.
 */
public final class DelegationDocumentTable {
    /** The tables of this shape; a name is put into SQL, so only these are accepted. */
    private static final Set<String> TABLES = Set.of("estimate_worksheet", "document_settings");

    private final Store database;
    private final String select;
    private final String merge;

    public DelegationDocumentTable(Store database, String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not a per-delegation document table: " + table);
        }
        this.database = database;
        this.select = "SELECT content FROM " + table + " WHERE delegation_id = ?";
        this.merge = database.dialect().upsert(table, "delegation_id", List.of("delegation_id", "content", "updated_at"),
                List.of("?", "?", "CURRENT_TIMESTAMP"));
    }

    public Optional<String> find(long delegationId) {
        return database.inSnapshot(c -> {
            try (PreparedStatement statement = c.prepareStatement(select)) {
                statement.setLong(1, delegationId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void save(long delegationId, String content) {
        database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(merge)) {
                statement.setLong(1, delegationId);
                statement.setString(2, content);
                return statement.executeUpdate();
            }
        });
    }
}
