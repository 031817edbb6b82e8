package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.db.StoreException.Reason;
import vn.delegationdesk.platform.i18n.Messages;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void opensMigratesAndCommits() {
        try (Database database = Database.openStore(dataDir)) {
            insertDelegation(database, "Đoàn một");

            assertThat(countDelegations(database)).isEqualTo(1);
            assertThat(Files.exists(dataDir.resolve("delegation-desk.mv.db"))).isTrue();
            assertThat(Files.exists(dataDir.resolve(InstanceLock.FILE_NAME))).isTrue();
        }
    }

    @Test
    void runtimeFailureRollsBackAndIsRethrownUnchanged() {
        try (Database database = Database.openStore(dataDir)) {
            IllegalStateException forced = new IllegalStateException("forced");

            assertThatThrownBy(() -> database.inTransaction(c -> {
                insert(c, "Sẽ bị hủy");
                throw forced;
            })).isSameAs(forced);

            assertThat(countDelegations(database)).isZero();
        }
    }

    @Test
    void sqlFailureRollsBackAndBecomesStoreException() {
        try (Database database = Database.openStore(dataDir)) {
            assertThatThrownBy(() -> database.inTransaction(c -> {
                insert(c, "Sẽ bị hủy");
                try (Statement statement = c.createStatement()) {
                    return statement.executeUpdate("UPDATE no_such_table SET x = 1");
                }
            })).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.OTHER);
                assertThat(e.messageKey()).isEqualTo("store.error.operationFailed");
            });

            assertThat(countDelegations(database)).isZero();
        }
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedAndTheFirstKeepsWorking() {
        try (Database first = Database.openStore(dataDir)) {
            assertThatThrownBy(() -> Database.openStore(dataDir)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                assertThat(e.userMessage(new Messages())).contains("đang mở ở một cửa sổ khác", dataDir.toString());
            });

            insertDelegation(first, "Vẫn ghi được");
            assertThat(countDelegations(first)).isEqualTo(1);
        }
        try (Database again = Database.openStore(dataDir)) {
            assertThat(countDelegations(again)).isEqualTo(1);
        }
    }

    @Test
    void secondCopyOfTheAppInAnotherProcessFailsFastWithTheVietnameseMessage() throws Exception {
        try (Database database = Database.openStore(dataDir)) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), OpenStoreProbe.class.getName(), dataDir.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(child.exitValue()).as(stderr).isEqualTo(3);
            assertThat(stderr).contains("đang mở ở một cửa sổ khác").doesNotContain("Exception", "org.h2");

            insertDelegation(database, "Sau khi bản thứ hai bị từ chối");
            assertThat(countDelegations(database)).isEqualTo(1);
        }
    }

    @Test
    void closingReleasesTheLockForAnotherProcess() throws Exception {
        Database.openStore(dataDir).close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), OpenStoreProbe.class.getName(), dataDir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(stderr).isZero();
    }

    @Test
    void dataFromANewerVersionIsRefusedBeforeAnythingChanges() throws Exception {
        try (Database database = Database.openStore(dataDir)) {
            insertDelegation(database, "Dữ liệu cũ");
            database.inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    return statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\","
                            + " \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
                            + " \"execution_time\", \"success\") VALUES (99, '999', 'from the future', 'SQL',"
                            + " 'V999__from_the_future.sql', 1, 'sa', 1, TRUE)");
                }
            });
        }
        int historyRows = rawCount("SELECT COUNT(*) FROM \"flyway_schema_history\"");

        assertThatThrownBy(() -> Database.openStore(dataDir)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NEWER_VERSION);
            assertThat(e.userMessage(new Messages())).contains("phiên bản Delegation Desk mới hơn");
        });

        assertThat(rawCount("SELECT COUNT(*) FROM delegation")).isEqualTo(1);
        assertThat(rawCount("SELECT COUNT(*) FROM \"flyway_schema_history\"")).isEqualTo(historyRows);
        InstanceLock.acquire(dataDir).close();
    }

    @Test
    void damagedFileIsReportedAsCorruptAndReleasesTheLock() throws Exception {
        try (Database database = Database.openStore(dataDir)) {
            insertDelegation(database, "Sắp hỏng");
        }
        Path file = dataDir.resolve("delegation-desk.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        Arrays.fill(garbage, (byte) 'x');
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.openStore(dataDir)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
            assertThat(e.messageKey()).isEqualTo("store.error.corrupt");
        });

        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        InstanceLock.acquire(dataDir).close();
    }

    @Test
    void existingDatabaseWithoutSchemaHistoryIsNotMigratedOver() throws Exception {
        try (Connection c = DriverManager.getConnection(url(), "sa", "");
                Statement statement = c.createStatement()) {
            statement.execute("CREATE TABLE something_else (id INT)");
        }

        assertThatThrownBy(() -> Database.openStore(dataDir)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));

        assertThat(rawCount("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'DELEGATION'")).isZero();
    }

    @Test
    void everyStoreMessageKeyExistsInVietnamese() {
        Messages messages = new Messages();
        List<String> keys = List.of("store.error.inUse", "store.error.newerVersion", "store.error.corrupt",
                "store.error.openFailed", "store.error.folderUnavailable", "store.error.dataDirMissingValue",
                "store.error.operationFailed", "store.error.valueTooLong", "store.error.coefficientScale",
                "store.error.serverUnavailable", "store.error.serverLogin", "store.error.serverNewerVersion");

        assertThat(keys).allSatisfy(key -> {
            assertThat(messages.has(key)).as(key).isTrue();
            String text = messages.get(key, "/du-lieu", "0,125");
            assertThat(text).as(key).isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC))
                    .doesNotContain("{", "}");
        });
    }

    private String url() {
        return "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private int rawCount(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "sa", "");
                Statement statement = c.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static void insertDelegation(Database database, String title) {
        database.inTransaction(c -> insert(c, title));
    }

    private static int insert(Connection c, String title) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("INSERT INTO delegation (title, status,"
                + " issuing_parent_body, issuing_name, issuing_abbreviation, document_number, document_symbol,"
                + " document_place, departure_place, planned_size, funding_source, signer_authority_prefix,"
                + " signer_principal_title, signer_title, signer_name, sample)"
                + " VALUES (?, 'DRAFT', '', '', '', '', '', '', '', 0, '', '', '', '', '', FALSE)")) {
            statement.setString(1, title);
            return statement.executeUpdate();
        }
    }

    private static int countDelegations(Database database) {
        return database.inTransaction(c -> {
            try (Statement statement = c.createStatement();
                    ResultSet r = statement.executeQuery("SELECT COUNT(*) FROM delegation")) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
