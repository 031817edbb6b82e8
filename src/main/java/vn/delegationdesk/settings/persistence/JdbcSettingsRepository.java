package vn.delegationdesk.settings.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.settings.SettingsRepository;

/** Settings in the table {@code app_setting} (migration V2); each call is one transaction. */
public final class JdbcSettingsRepository implements SettingsRepository {
    private static final String SELECT = "SELECT content FROM app_setting WHERE name = ?";

    private final Store database;
    private final String merge;

    public JdbcSettingsRepository(Store database) {
        this.database = database;
        this.merge = database.dialect().upsert("app_setting", "name", List.of("name", "content", "updated_at"),
                List.of("?", "?", "CURRENT_TIMESTAMP"));
    }

    @Override
    public Optional<String> get(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(SELECT)) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String name, String content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(merge)) {
                statement.setString(1, name);
                statement.setString(2, content);
                return statement.executeUpdate();
            }
        });
    }
}
