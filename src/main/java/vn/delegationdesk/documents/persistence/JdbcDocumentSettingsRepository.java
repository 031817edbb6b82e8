package vn.delegationdesk.documents.persistence;

import java.util.List;
import java.util.Optional;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSettingsRepository;
import vn.delegationdesk.platform.db.DelegationDocumentTable;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;

/** Document settings as JSON documents in {@code document_settings} (migration V4), one row per delegation. */
public final class JdbcDocumentSettingsRepository implements DocumentSettingsRepository {
    private final DelegationDocumentTable table;

    public JdbcDocumentSettingsRepository(Store database) {
        this.table = new DelegationDocumentTable(database, "document_settings");
    }

    /** @throws StoreException when the stored settings cannot be read; they are then left as they are */
    @Override
    public Optional<DocumentSettings> find(long delegationId) {
        Optional<String> content = table.find(delegationId);
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
        table.save(delegationId, content);
    }
}
