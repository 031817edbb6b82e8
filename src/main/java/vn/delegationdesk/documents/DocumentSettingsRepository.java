package vn.delegationdesk.documents;

import java.util.Optional;

/** Each delegation's document settings; each call is one transaction. Deleting a delegation deletes them. */
public interface DocumentSettingsRepository {
    Optional<DocumentSettings> find(long delegationId);

    void save(long delegationId, DocumentSettings settings);
}
