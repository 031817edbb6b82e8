package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.SmallDisk;

/**
 * The store on real small disks ({@link SmallDisk}): a save that fills the disk, a data folder that turns read-only
 * under the running app or is read-only at the start, a backup to a full disk and to a drive that was pulled out.
 * Each ends in the Vietnamese message the user reads, and the data saved before is all there afterwards, compared as
 * the delegation's package file.
 */
class StoreFaultsTest {
    private final Messages messages = new Messages();

    @TempDir
    Path elsewhere;

    @Test
    void aSaveThatFillsTheDiskSaysSoAndTheDataSavedBeforeIsAllThereAfterARestart() throws Exception {
        try (SmallDisk disk = SmallDisk.full()) {
            Path dataDir = disk.folder("du-lieu");
            long id;
            String before;
            try (Database database = Database.openStore(dataDir)) {
                JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
                id = repository.insert(SampleDelegation.create());
                before = StorePackageProbe.packageOf(repository.findById(id).orElseThrow());
                disk.fillLeaving(64 * 1024);

                StoreException full = catchThrowableOfType(StoreException.class, () -> repository.update(large(id)));
                String expected = "Ổ đĩa chứa thư mục dữ liệu " + dataDir + " đã đầy nên thay đổi vừa rồi chưa được lưu; dữ liệu "
                        + "đã lưu trước đó vẫn nguyên vẹn. Hãy giải phóng dung lượng ổ đĩa, rồi đóng và mở lại Delegation Desk.";
                assertThat(full.userMessage(messages)).isEqualTo(expected);
                // H2 closed the database after the failed write; the next save says the same, not something vaguer.
                StoreException again = catchThrowableOfType(StoreException.class, () -> repository.update(large(id)));
                assertThat(again.userMessage(messages)).isEqualTo(expected);
            }
            disk.free();

            assertThat(StorePackageProbe.packageInNewProcess(dataDir, id))
                    .as("the store opens cleanly and holds the delegation as saved before").isEqualTo(before);
        }
    }

    @Test
    void reopeningInTheSameRunAfterAFullDiskAsksForANewStartNotForRoom() {
        // After a failed write H2 may keep the database registered in the JVM and refuse to open it again ("closed", with
        // the old write as the cause) though the disk has room by now: as after a restore or a password change, which
        // reopen the store in the running app. The message must then ask for a new start, not for room.
        Path dataDir = elsewhere.resolve("du-lieu");
        SQLException closed = new SQLException("The database has been closed", "90098", ErrorCode.DATABASE_IS_CLOSED,
                new IOException("No space left on device"));

        assertThat(SqlErrors.onOpen(closed, dataDir).userMessage(messages)).isEqualTo("Ổ đĩa chứa thư mục dữ liệu " + dataDir
                + " đã đầy nên thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy giải phóng dung lượng "
                + "ổ đĩa, rồi đóng và mở lại Delegation Desk.");
        assertThat(SqlErrors.onOpen(new SQLException("IO Exception", "90028", ErrorCode.IO_EXCEPTION_1,
                new IOException("No space left on device")), dataDir).userMessage(messages)).isEqualTo("Ổ đĩa chứa thư mục dữ liệu "
                + dataDir + " đã đầy nên không mở được dữ liệu; dữ liệu vẫn nguyên vẹn. Hãy giải phóng dung lượng ổ đĩa rồi mở lại "
                + "Delegation Desk.");
    }

    @Test
    void aDataFolderThatTurnsReadOnlyUnderTheAppSaysSoAndLosesNothing() throws Exception {
        try (SmallDisk disk = SmallDisk.ext4()) {
            Path dataDir = disk.folder("du-lieu");
            long id;
            try (Database database = Database.openStore(dataDir)) {
                id = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            }
            String before;
            try (Database database = Database.openStore(dataDir)) {
                JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
                before = StorePackageProbe.packageOf(repository.findById(id).orElseThrow());
                disk.turnReadOnly();

                StoreException readOnly = catchThrowableOfType(StoreException.class, () -> repository.update(large(id)));
                assertThat(readOnly.userMessage(messages)).isEqualTo("Thư mục dữ liệu " + dataDir + " đã trở thành chỉ đọc (ổ đĩa bị "
                        + "lỗi, bị khóa ghi hoặc đã bị rút ra) nên thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn "
                        + "nguyên vẹn. Hãy kiểm tra ổ đĩa, rồi đóng và mở lại Delegation Desk.");
            }
            disk.reattach();

            assertThat(StorePackageProbe.packageInNewProcess(dataDir, id)).isEqualTo(before);
        }
    }

    @Test
    void aDataFolderOnAReadOnlyDiskAtTheStartIsRefusedWithTheReasonAndLeftAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.readOnly()) {
            Path writable = disk.source().resolve("du-lieu");
            Files.createDirectories(writable);
            long id;
            try (Database database = Database.openStore(writable)) {
                id = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            }
            byte[] file = Files.readAllBytes(StoreFiles.dbFile(writable));
            Path dataDir = disk.root().resolve("du-lieu");
            String expected = "Thư mục dữ liệu " + dataDir + " nằm trên ổ đĩa chỉ đọc (bị khóa ghi hoặc bị lỗi) nên Delegation Desk "
                    + "không ghi được vào đó; dữ liệu trong thư mục không bị thay đổi. Hãy kiểm tra ổ đĩa, hoặc chọn thư mục khác "
                    + "bằng tùy chọn --data-dir.";

            StoreException atStart = catchThrowableOfType(StoreException.class, () -> new DataDirectory("linux", Map.of(), elsewhere)
                    .resolve(List.of("--data-dir", dataDir.toString())));
            assertThat(atStart.userMessage(messages)).isEqualTo(expected);
            StoreException opening = catchThrowableOfType(StoreException.class, () -> Database.openStore(dataDir));
            assertThat(opening.userMessage(messages)).isEqualTo(expected);

            assertThat(Files.readAllBytes(StoreFiles.dbFile(writable))).isEqualTo(file);
            try (Database database = Database.openStore(writable)) {
                assertThat(new JdbcDelegationRepository(database).findById(id).orElseThrow().members()).hasSize(37);
            }
        }
    }

    @Test
    void aBackupToAFullDiskLeavesNoHalfBackupAndTheStoreWorksOn() throws Exception {
        try (SmallDisk disk = SmallDisk.full(); Database database = Database.openStore(elsewhere)) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            long id = repository.insert(SampleDelegation.create());
            Path folder = disk.folder("sao-luu");
            Path zip = folder.resolve("Sao-luu-du-lieu_2026-12-07_09-00.zip");
            Files.writeString(zip, "bản sao lưu trước");
            disk.fillLeaving(16 * 1024);

            StoreException full = catchThrowableOfType(StoreException.class, () -> BackupService.backupTo(database, zip));

            assertThat(full.userMessage(messages)).isEqualTo("Ổ đĩa đã đầy: không ghi được bản sao lưu " + zip + ". Hãy giải phóng "
                    + "dung lượng hoặc chọn ổ đĩa khác rồi thử lại. Không có bản sao lưu dở dang nào được để lại; dữ liệu hiện tại "
                    + "vẫn nguyên vẹn.");
            assertThat(names(folder)).containsExactly(zip.getFileName().toString());
            assertThat(Files.readString(zip)).isEqualTo("bản sao lưu trước");
            repository.update(repository.findById(id).orElseThrow().toBuilder().title("Đoàn sửa sau lần sao lưu hỏng").build());
            assertThat(repository.findById(id).orElseThrow().title()).isEqualTo("Đoàn sửa sau lần sao lưu hỏng");

            disk.free();
            BackupService.backupTo(database, zip);
            try (VerifiedBackup backup = BackupService.verify(zip, null, Files.createDirectories(elsewhere.resolve("kiem-tra")))) {
                assertThat(backup.delegations()).isEqualTo(1);
            }
        }
    }

    @Test
    void aBackupToADriveThatWasPulledOutSaysSoAndWritesNothingAnywhere() throws Exception {
        try (SmallDisk disk = SmallDisk.full(); Database database = Database.openStore(elsewhere)) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            long id = repository.insert(SampleDelegation.create());
            Path drive = disk.drive("usb");
            Path folder = Files.createDirectories(drive.resolve("Sao lưu"));
            Path zip = folder.resolve("Sao-luu-du-lieu_2026-12-07_09-00.zip");
            disk.remove(drive);

            StoreException gone = catchThrowableOfType(StoreException.class, () -> BackupService.backupTo(database, zip));

            assertThat(gone.userMessage(messages)).isEqualTo("Không tìm thấy thư mục " + folder + " để ghi bản sao lưu: ổ đĩa có "
                    + "thể đã được rút ra hoặc thư mục đã bị xóa. Hãy cắm lại ổ đĩa hoặc chọn nơi lưu khác rồi thử lại; không có "
                    + "bản sao lưu dở dang nào được để lại, dữ liệu hiện tại vẫn nguyên vẹn.");
            assertThat(Files.exists(folder)).as("no folder made anew where the drive was").isFalse();
            assertThat(repository.findById(id).orElseThrow().members()).hasSize(37);
        }
    }

    @Test
    void aStartUpCopyOnAFullDiskLeavesNoHalfCopyAmongTheGoodOnes() throws Exception {
        try (SmallDisk disk = SmallDisk.full()) {
            Path dataDir = disk.folder("du-lieu");
            try (Database database = Database.openStore(dataDir)) {
                new JdbcDelegationRepository(database).insert(SampleDelegation.create());
                assertThat(StartupBackups.run(database, Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC)))
                        .isNotNull();
                disk.fillLeaving(16 * 1024);

                assertThat(StartupBackups.run(database, Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC)))
                        .as("a failed start-up copy is no copy").isNull();
            }
            assertThat(names(dataDir.resolve(StartupBackups.FOLDER))).containsExactly("delegation-desk-20261206-080000.zip");
            disk.free();
            assertThat(BackupService.restoreNewest(dataDir, null, Clock.systemUTC()).backup().getFileName().toString())
                    .isEqualTo("delegation-desk-20261206-080000.zip");
        }
    }

    /** A delegation too big for the room left: 2,000 members with long notes, under the sample's id. */
    private static Delegation large(long id) {
        Delegation large = LargeDelegation.of(2000);
        List<Member> members = large.members().stream().map(m -> m.toBuilder().notes("Ghi chú dài ".repeat(40)).build()).toList();
        return large.toBuilder().id(id).members(members).build();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
