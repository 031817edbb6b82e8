package vn.delegationdesk.settings.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcSettingsRepositoryTest {
    @RegisterExtension
    final TestStores stores;

    JdbcSettingsRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void missingSettingIsEmpty() {
        try (Store database = stores.open()) {
            assertThat(new JdbcSettingsRepository(database).get("roster.import.columnMapping")).isEmpty();
        }
    }

    @Test
    void putStoresReplacesAndSurvivesReopening() {
        String json = "{\"họ và tên\":\"FULL_NAME\"}";
        try (Store database = stores.open()) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(database);
            settings.put("a", "first");
            settings.put("a", json);
            settings.put("b", "other");
            assertThat(settings.get("a")).contains(json);
        }
        try (Store database = stores.open()) {
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
        try (Store database = stores.open()) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(database);
            settings.put("long", content);
            assertThat(settings.get("long")).contains(content);
        }
    }
}
