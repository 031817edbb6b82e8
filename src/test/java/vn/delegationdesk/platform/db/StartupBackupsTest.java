package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.sample.SampleDelegation;

class StartupBackupsTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path restored;

    @Test
    void eachOpenLeavesADatedCopyThatRestoresToTheSameData() throws Exception {
        Path copy;
        try (Database database = Database.openStore(dataDir)) {
            new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            copy = StartupBackups.run(database, at("2026-12-02T08:30:00Z"));
        }

        assertThat(copy.getFileName().toString()).isEqualTo("delegation-desk-20261202-083000.zip");
        Restore.execute(copy.toString(), restored.toString(), Database.FILE_NAME);
        String url = "jdbc:h2:file:" + restored.resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM member")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(37);
        }
    }

    @Test
    void onlyTheNewestCopiesAreKept() throws Exception {
        try (Database database = Database.openStore(dataDir)) {
            for (int i = 0; i < StartupBackups.KEEP + 3; i++) {
                StartupBackups.run(database, at("2026-12-02T08:" + String.format("%02d", i) + ":00Z"));
            }
        }
        Path folder = dataDir.resolve(StartupBackups.FOLDER);
        assertThat(StartupBackups.copies(folder)).hasSize(StartupBackups.KEEP);
        assertThat(Files.exists(folder.resolve("delegation-desk-20261202-080000.zip"))).isFalse();
        assertThat(Files.exists(folder.resolve("delegation-desk-20261202-081200.zip"))).isTrue();
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
