package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.StoreException.Reason;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** Backups the user makes, restores that check the file first, and the way out of an unreadable store. */
class BackupServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:30:00Z"), ZoneOffset.UTC);
    private final Messages messages = new Messages();

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    @Test
    void aRestoredBackupBringsTheOldDelegationBack() throws Exception {
        Path zip = elsewhere.resolve("sao-luu.zip");
        long id;
        try (Database database = Database.openStore(dataDir)) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            id = repository.insert(SampleDelegation.create());
            BackupService.backupTo(database, zip);
            Delegation saved = repository.findById(id).orElseThrow();
            repository.update(saved.toBuilder().title("Đoàn đã bị sửa sau khi sao lưu").build());
        }

        VerifiedBackup backup = BackupService.verify(zip, null, dataDir);
        assertThat(backup.delegations()).isEqualTo(1);
        Path before = BackupService.restore(dataDir, backup, CLOCK);

        try (Database database = Database.openStore(dataDir)) {
            Delegation restored = new JdbcDelegationRepository(database).findById(id).orElseThrow();
            assertThat(restored.title()).isEqualTo(SampleDelegation.create().title());
            assertThat(restored.members()).hasSize(37);
        }
        assertThat(before.getFileName().toString()).isEqualTo("delegation-desk-before-restore-20261202-083000.zip");
        try (VerifiedBackup kept = BackupService.verify(before, null, dataDir)) {
            assertThat(kept.delegations()).isEqualTo(1);
        }
        assertThat(titleIn(before)).isEqualTo("Đoàn đã bị sửa sau khi sao lưu");
        assertThat(scratchFolders()).isEmpty();
        assertThat(Files.exists(zip)).isTrue();
    }

    @Test
    void randomBytesAreRefusedAndTheDataIsUntouched() throws Exception {
        byte[] before = storeWithOneDelegation();
        Path zip = elsewhere.resolve("ngau-nhien.zip");
        byte[] noise = new byte[40_000];
        new Random(7).nextBytes(noise);
        Files.write(zip, noise);

        assertRefused(zip, "store.backup.error.notZip", "ngau-nhien.zip không phải bản sao lưu của Delegation Desk");
        assertUntouched(before);
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        storeWithOneDelegation();
        Path full = elsewhere.resolve("day-du.zip");
        try (Database database = Database.openStore(dataDir)) {
            BackupService.backupTo(database, full);
        }
        byte[] before = Files.readAllBytes(dataDir.resolve("delegation-desk.mv.db"));
        byte[] bytes = Files.readAllBytes(full);
        Path zip = elsewhere.resolve("cat-cut.zip");
        Files.write(zip, Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(zip, "store.backup.error.notZip", "chưa sao chép hết");
        assertUntouched(before);
    }

    @Test
    void aZipWithOtherFilesIsRefused() throws Exception {
        byte[] before = storeWithOneDelegation();
        Path zip = elsewhere.resolve("tai-lieu.zip");
        writeZip(zip, List.of("delegation-desk.mv.db", "ghi-chu.txt"), new byte[][] {before, "xin chào".getBytes()});
        Path wrongName = elsewhere.resolve("ten-khac.zip");
        writeZip(wrongName, List.of("other.mv.db"), new byte[][] {before});

        assertRefused(zip, "store.backup.error.unexpectedContent", "chỉ chứa đúng một tệp delegation-desk.mv.db");
        assertRefused(wrongName, "store.backup.error.unexpectedContent", "ten-khac.zip");
        assertUntouched(before);
    }

    @Test
    void aZipHoldingADamagedDatabaseIsRefused() throws Exception {
        byte[] before = storeWithOneDelegation();
        byte[] garbage = new byte[before.length];
        Arrays.fill(garbage, (byte) 'x');
        Path zip = elsewhere.resolve("hong.zip");
        writeZip(zip, List.of("delegation-desk.mv.db"), new byte[][] {garbage});

        assertRefused(zip, "store.backup.error.damaged", "bị hỏng, không mở được");
        assertUntouched(before);
    }

    @Test
    void aBackupFromANewerSchemaVersionIsRefused() throws Exception {
        byte[] before = storeWithOneDelegation();
        Path copy = elsewhere.resolve("copy");
        Files.createDirectories(copy);
        Files.write(copy.resolve("delegation-desk.mv.db"), before);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("delegation-desk"), "sa", "");
                Statement statement = c.createStatement()) {
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (99,"
                    + " '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'sa', 1, TRUE)");
        }
        Path zip = elsewhere.resolve("moi-hon.zip");
        writeZip(zip, List.of("delegation-desk.mv.db"), new byte[][] {Files.readAllBytes(copy.resolve("delegation-desk.mv.db"))});

        assertRefused(zip, "store.backup.error.newerVersion", "phiên bản Delegation Desk mới hơn");
        assertUntouched(before);
    }

    @Test
    void anOlderSchemaIsAcceptedAndMigratedAfterTheRestore() throws Exception {
        storeWithOneDelegation();
        Path copy = elsewhere.resolve("old");
        Files.createDirectories(copy);
        Files.copy(dataDir.resolve("delegation-desk.mv.db"), copy.resolve("delegation-desk.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("delegation-desk"), "sa", "");
                Statement statement = c.createStatement()) {
            // Pretend the last migration has not run; its effects are idempotent enough for the check to pass.
            statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + SchemaVersion.LATEST + "'");
        }
        Path zip = elsewhere.resolve("cu-hon.zip");
        writeZip(zip, List.of("delegation-desk.mv.db"), new byte[][] {Files.readAllBytes(copy.resolve("delegation-desk.mv.db"))});

        try (VerifiedBackup backup = BackupService.verify(zip, null, dataDir)) {
            assertThat(backup.delegations()).isEqualTo(1);
        }
    }

    @Test
    void theWayOutRestoresTheNewestUsableBackupAndKeepsTheBrokenFile() throws Exception {
        try (Database database = Database.openStore(dataDir)) {
            new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            StartupBackups.run(database, CLOCK);
        }
        Path folder = dataDir.resolve("backups");
        Path newestButBroken = folder.resolve("delegation-desk-20261203-090000.zip");
        Files.write(newestButBroken, new byte[] {1, 2, 3});
        Path file = dataDir.resolve("delegation-desk.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        Arrays.fill(garbage, (byte) 'x');
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.openStore(dataDir)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CORRUPT));

        BackupService.Recovered recovered = BackupService.restoreNewest(dataDir, null, CLOCK);

        assertThat(recovered.backup().getFileName().toString()).isEqualTo("delegation-desk-20261202-083000.zip");
        assertThat(recovered.brokenFile().getFileName().toString()).isEqualTo("delegation-desk-broken-20261202-083000.mv.db");
        assertThat(Arrays.equals(Files.readAllBytes(recovered.brokenFile()), garbage)).as("the broken file kept").isTrue();
        try (Database database = Database.openStore(dataDir)) {
            assertThat(new JdbcDelegationRepository(database).findSummaries()).hasSize(1);
        }
    }

    @Test
    void theWayOutWithoutAnyBackupSaysSoAndTouchesNothing() throws Exception {
        Files.write(dataDir.resolve("delegation-desk.mv.db"), new byte[] {9, 9, 9});

        assertThat(BackupService.hasBackups(dataDir)).isFalse();
        assertThatThrownBy(() -> BackupService.restoreNewest(dataDir, null, CLOCK))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.userMessage(messages))
                        .startsWith("Không tìm thấy bản sao lưu nào dùng được"));
        assertThat(Files.readAllBytes(dataDir.resolve("delegation-desk.mv.db"))).containsExactly(9, 9, 9);
    }

    @Test
    void aRestoreIsRefusedWhileTheStoreIsOpen() throws Exception {
        Path zip = elsewhere.resolve("sao-luu.zip");
        try (Database database = Database.openStore(dataDir)) {
            BackupService.backupTo(database, zip);
            VerifiedBackup backup = BackupService.verify(zip, null, dataDir);
            assertThatThrownBy(() -> BackupService.restore(dataDir, backup, CLOCK)).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
        }
        assertThat(scratchFolders()).isEmpty();
    }

    private void assertRefused(Path zip, String key, String text) throws IOException {
        assertThatThrownBy(() -> BackupService.verify(zip, null, dataDir)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.BACKUP_REFUSED);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.userMessage(messages)).contains(text);
        });
        assertThat(scratchFolders()).isEmpty();
    }

    private byte[] storeWithOneDelegation() throws IOException {
        try (Database database = Database.openStore(dataDir)) {
            new JdbcDelegationRepository(database).insert(SampleDelegation.create());
        }
        return Files.readAllBytes(dataDir.resolve("delegation-desk.mv.db"));
    }

    private void assertUntouched(byte[] before) throws IOException {
        assertThat(Arrays.equals(Files.readAllBytes(dataDir.resolve("delegation-desk.mv.db")), before))
                .as("the store's file is byte for byte as it was").isTrue();
        assertThat(Files.exists(dataDir.resolve("backups"))).isFalse();
    }

    private List<Path> scratchFolders() throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".dd-")).toList();
        }
    }

    private String titleIn(Path zip) throws Exception {
        Path dir = Files.createTempDirectory(elsewhere, "read");
        Restore.execute(zip.toString(), dir.toString(), Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("delegation-desk"), "sa", "");
                Statement s = c.createStatement(); var rows = s.executeQuery("SELECT title FROM delegation")) {
            rows.next();
            return rows.getString(1);
        }
    }

    static void writeZip(Path zip, List<String> names, byte[][] contents) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream archive = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                archive.putNextEntry(new ZipEntry(names.get(i)));
                archive.write(contents[i]);
                archive.closeEntry();
            }
        }
    }
}
