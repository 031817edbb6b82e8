package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.db.StoreException.Reason;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settings.persistence.JdbcSettingsRepository;
import vn.delegationdesk.testing.EmbeddedServer;

/** What only a PostgreSQL store has: an empty database, a login, a server that does not answer, a newer schema. */
class ServerStoreTest {
    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void dropDatabases() {
        databases.forEach(EmbeddedServer::drop);
    }

    @Test
    void anEmptyDatabaseGetsEveryMigrationAndTheTables() throws Exception {
        String url = EmbeddedServer.url(database(EmbeddedServer.createEmptyDatabase()));

        try (ServerStore store = ServerStore.open(url, EmbeddedServer.USER, null)) {
            assertThat(store.dialect()).isEqualTo(SqlDialect.POSTGRESQL);
            List<String> versions = strings(store, "SELECT version FROM flyway_schema_history WHERE success"
                    + " ORDER BY installed_rank");
            assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
                    "17");
            assertThat(strings(store, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                    + " AND table_name IN ('delegation', 'member', 'stay_night', 'estimate_worksheet', 'body_profile')"
                    + " ORDER BY table_name"))
                    .containsExactly("body_profile", "delegation", "estimate_worksheet", "member", "stay_night");
        }
    }

    @Test
    void aUserWithAPasswordOpensTheStoreAndAWrongPasswordIsRefusedByName() {
        String database = database(EmbeddedServer.createDatabase());
        String user = EmbeddedServer.createUser(database, "Mật-khẩu đúng");
        String url = EmbeddedServer.url(database);

        assertThatThrownBy(() -> ServerStore.open(url, user, "sai".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD);
                    assertThat(e.userMessage(new Messages())).isEqualTo("Máy chủ PostgreSQL từ chối đăng nhập vào cơ sở dữ"
                            + " liệu " + url.substring("jdbc:".length()) + ": tên người dùng hoặc mật khẩu không đúng.");
                });
        try (ServerStore store = ServerStore.open(url, user, "Mật-khẩu đúng".toCharArray())) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(store);
            settings.put("roster.import.columnMapping", "{\"họ và tên\":\"FULL_NAME\"}");
            assertThat(settings.get("roster.import.columnMapping")).contains("{\"họ và tên\":\"FULL_NAME\"}");
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsNamedWithWhatToCheck() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/phong_to_chuc?connectTimeout=2";

        assertThatThrownBy(() -> ServerStore.open(url, "clerk", "x".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.OTHER);
                    assertThat(e.userMessage(new Messages())).isEqualTo("Không kết nối được cơ sở dữ liệu"
                            + " postgresql://localhost:" + port + "/phong_to_chuc trên máy chủ PostgreSQL nên thao tác chưa"
                            + " được thực hiện. Hãy kiểm tra máy chủ đang chạy, địa chỉ, cổng và tên cơ sở dữ liệu, rồi"
                            + " thử lại.");
                });
    }

    @Test
    void aDatabaseOfANewerBuildIsRefusedWithNothingChanged() {
        String database = database(EmbeddedServer.createDatabase());
        String url = EmbeddedServer.url(database);
        try (ServerStore store = ServerStore.open(url, EmbeddedServer.USER, null)) {
            store.inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    return statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version,"
                            + " description, type, script, checksum, installed_by, execution_time, success) VALUES (99,"
                            + " '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 1, 'postgres', 1, TRUE)");
                }
            });
        }

        assertThatThrownBy(() -> ServerStore.open(url, EmbeddedServer.USER, null))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NEWER_VERSION);
                    assertThat(e.userMessage(new Messages())).isEqualTo("Cơ sở dữ liệu " + url.substring("jdbc:".length())
                            + " trên máy chủ PostgreSQL được tạo bởi một phiên bản Delegation Desk mới hơn phiên bản đang"
                            + " chạy. Hãy cài phiên bản mới nhất để mở dữ liệu này; dữ liệu chưa bị thay đổi.");
                });
    }

    @Test
    void aFailedTransactionIsRolledBackAndTheStoreGoesOn() {
        String url = EmbeddedServer.url(database(EmbeddedServer.createDatabase()));
        try (ServerStore store = ServerStore.open(url, EmbeddedServer.USER, null)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(store);
            settings.put("a", "trước");

            assertThatThrownBy(() -> store.inTransaction(c -> {
                try (PreparedStatement statement = c.prepareStatement("UPDATE app_setting SET content = ? WHERE name = 'a'")) {
                    statement.setString(1, "sau");
                    statement.executeUpdate();
                }
                try (Statement statement = c.createStatement()) {
                    return statement.executeUpdate("INSERT INTO app_setting (name, content) VALUES ('a', 'trùng')");
                }
            })).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("store.error.operationFailed"));

            assertThat(settings.get("a")).contains("trước");
            settings.put("a", "sau cùng");
            assertThat(settings.get("a")).contains("sau cùng");
        }
    }

    @Test
    void aConnectionTheServerDroppedWhileIdleIsReplacedBeforeTheNextSave() {
        String database = database(EmbeddedServer.createDatabase());
        try (ServerStore store = ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null, Duration.ZERO)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(store);
            settings.put("a", "trước");

            assertThat(EmbeddedServer.dropConnections(database)).isPositive();

            settings.put("a", "sau");
            assertThat(settings.get("a")).contains("sau");
        }
    }

    @Test
    void aSaveOnAConnectionTheServerDroppedIsNamedAsTheServerAndTheNextOneWorks() {
        String database = database(EmbeddedServer.createDatabase());
        String url = EmbeddedServer.url(database);
        try (ServerStore store = ServerStore.open(url, EmbeddedServer.USER, null, Duration.ofHours(1))) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(store);
            settings.put("a", "trước");
            EmbeddedServer.dropConnections(database);

            assertThatThrownBy(() -> settings.put("a", "mất")).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("store.error.serverUnavailable");
                assertThat(e.userMessage(new Messages())).startsWith("Không kết nối được cơ sở dữ liệu "
                        + url.substring("jdbc:".length()) + " trên máy chủ PostgreSQL nên thao tác chưa được thực hiện.");
            });

            settings.put("a", "sau");
            assertThat(settings.get("a")).contains("sau");
        }
    }

    private String database(String name) {
        databases.add(name);
        return name;
    }

    private static List<String> strings(Store store, String sql) {
        return store.inSnapshot(c -> {
            List<String> values = new ArrayList<>();
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }
}
