package vn.delegationdesk.documents.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSettingsRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.StoreException;

/** Document settings as JSON documents in {@code document_settings} (migration V4), one row per delegation. */
public final class JdbcDocumentSettingsRepository implements DocumentSettingsRepository {
    private static final String SELECT = "SELECT content FROM document_settings WHERE delegation_id = ?";
    private static final String MERGE = "MERGE INTO document_settings (delegation_id, content, updated_at) KEY (delegation_id)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP)";

    private final Database database;

    public JdbcDocumentSettingsRepository(Database database) {
        this.database = database;
    }

    /** @throws StoreException when the stored settings cannot be read; they are then left as they are */
    @Override
    public Optional<DocumentSettings> find(long delegationId) {
        Optional<String> content = database.inSnapshot(c -> {
            try (PreparedStatement statement = c.prepareStatement(SELECT)) {
                statement.setLong(1, delegationId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
        try {
            return content.map(DocumentSettingsJson::read);
        } catch (IllegalArgumentException unreadable) {
            throw new StoreException(StoreException.Reason.OTHER, "documents.error.unreadableSettings", List.of(),
                    "document settings of delegation " + delegationId, unreadable);
        }
    }

    @Override
    public void save(long delegationId, DocumentSettings settings) {
        String content = DocumentSettingsJson.write(settings);
        database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(MERGE)) {
                statement.setLong(1, delegationId);
                statement.setString(2, content);
                return statement.executeUpdate();
            }
        });
    }
}
