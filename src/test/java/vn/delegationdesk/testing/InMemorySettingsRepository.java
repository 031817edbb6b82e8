package vn.delegationdesk.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.settings.SettingsRepository;

/** Settings in memory for tests and the dev launcher; thread-safe; counts writes so tests can check them. */
public final class InMemorySettingsRepository implements SettingsRepository {
    private final Map<String, String> stored = new LinkedHashMap<>();
    private int writes;

    @Override
    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(stored.get(name));
    }

    @Override
    public synchronized void put(String name, String content) {
        stored.put(name, content);
        writes++;
    }

    public synchronized int writes() {
        return writes;
    }

    public synchronized Map<String, String> snapshot() {
        return Map.copyOf(stored);
    }
}
