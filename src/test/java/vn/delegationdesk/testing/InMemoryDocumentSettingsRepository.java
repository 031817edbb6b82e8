package vn.delegationdesk.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSettingsRepository;

/** Document settings in a map keyed by delegation id. */
public final class InMemoryDocumentSettingsRepository implements DocumentSettingsRepository {
    private final Map<Long, DocumentSettings> settings = new HashMap<>();

    @Override
    public synchronized Optional<DocumentSettings> find(long delegationId) {
        return Optional.ofNullable(settings.get(delegationId));
    }

    @Override
    public synchronized void save(long delegationId, DocumentSettings value) {
        settings.put(delegationId, value);
    }
}
