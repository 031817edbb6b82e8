package vn.delegationdesk.settings.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.settings.SettingsRepository;

/** Settings in the H2 table {@code app_setting} (migration V2); each call is one transaction. */
public final class JdbcSettingsRepository implements SettingsRepository {
    private static final String SELECT = "SELECT content FROM app_setting WHERE name = ?";
    private static final String MERGE =
            "MERGE INTO app_setting (name, content, updated_at) KEY (name) VALUES (?, ?, CURRENT_TIMESTAMP)";

    private final Database database;

    public JdbcSettingsRepository(Database database) {
        this.database = database;
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
            try (PreparedStatement statement = c.prepareStatement(MERGE)) {
                statement.setString(1, name);
                statement.setString(2, content);
                return statement.executeUpdate();
            }
        });
    }
}
