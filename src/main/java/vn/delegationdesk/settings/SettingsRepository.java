package vn.delegationdesk.settings;

import java.util.Optional;

/**
 * Small per-user settings kept with the data (table {@code app_setting}): a name and its content as text,
 * JSON where the setting is structured. Each call is one transaction; {@link #put} replaces the old content.
 */
public interface SettingsRepository {
    /** The content stored under {@code name}, or empty when the setting was never stored. */
    Optional<String> get(String name);

    /** Stores {@code content} under {@code name}, replacing any earlier content. */
    void put(String name, String content);
}
