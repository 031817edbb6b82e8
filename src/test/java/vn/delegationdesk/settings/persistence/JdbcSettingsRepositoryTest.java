package vn.delegationdesk.settings.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.db.Database;

class JdbcSettingsRepositoryTest {
    @TempDir
    Path dataDir;

    @Test
    void missingSettingIsEmpty() {
        try (Database database = Database.openStore(dataDir)) {
            assertThat(new JdbcSettingsRepository(database).get("roster.import.columnMapping")).isEmpty();
        }
    }

    @Test
    void putStoresReplacesAndSurvivesReopening() {
        String json = "{\"họ và tên\":\"FULL_NAME\"}";
        try (Database database = Database.openStore(dataDir)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(database);
            settings.put("a", "first");
            settings.put("a", json);
            settings.put("b", "other");
            assertThat(settings.get("a")).contains(json);
        }
        try (Database database = Database.openStore(dataDir)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(database);
            assertThat(settings.get("a")).contains(json);
            assertThat(settings.get("b")).contains("other");
            int rows = database.inTransaction(c -> {
                try (var statement = c.createStatement(); var result = statement.executeQuery("SELECT COUNT(*) FROM app_setting")) {
                    result.next();
                    return result.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(2);
        }
    }

    @Test
    void longContentIsKeptWhole() {
        String content = "x".repeat(200_000);
        try (Database database = Database.openStore(dataDir)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(database);
            settings.put("long", content);
            assertThat(settings.get("long")).contains(content);
        }
    }
}
