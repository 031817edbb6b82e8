package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.StoreException.Reason;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** A store encrypted with a password: opened only with it, members' names never in clear on disk, backups included. */
class StoreEncryptionTest {
    private static final char[] PASSWORD = "mật khẩu Sở VHTT".toCharArray();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:30:00Z"), ZoneOffset.UTC);
    private final Messages messages = new Messages();
    private final Delegation sample = SampleDelegation.create();
    private final String memberName = sample.members().get(0).fullName();

    @TempDir
    Path dataDir;

    @TempDir
    Path plainDir;

    @Test
    void anEncryptedStoreOpensOnlyWithItsPasswordAndHidesTheNames() throws Exception {
        try (Database database = Database.openStore(dataDir, PASSWORD.clone())) {
            assertThat(database.encrypted()).isTrue();
            new JdbcDelegationRepository(database).insert(sample);
        }
        try (Database database = Database.openStore(plainDir)) {
            new JdbcDelegationRepository(database).insert(sample);
        }

        assertThat(StoreEncryption.isEncrypted(dataDir)).isTrue();
        assertThat(holdsName(Files.readAllBytes(plainDir.resolve("delegation-desk.mv.db"))))
                .as("control: a plain file shows the name").isTrue();
        assertThat(holdsName(Files.readAllBytes(dataDir.resolve("delegation-desk.mv.db")))).isFalse();

        assertThatThrownBy(() -> Database.openStore(dataDir)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.PASSWORD_REQUIRED);
            assertThat(e.userMessage(messages)).contains("đã được mã hóa; cần nhập mật khẩu");
        });
        assertThatThrownBy(() -> Database.openStore(dataDir, "sai".toCharArray())).isInstanceOfSatisfying(StoreException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD);
                    assertThat(e.userMessage(messages)).startsWith("Sai mật khẩu");
                });
        try (Database database = Database.openStore(dataDir, PASSWORD.clone())) {
            assertThat(new JdbcDelegationRepository(database).findSummaries()).hasSize(1);
        }
    }

    @Test
    void startupBackupsOfAnEncryptedStoreStayEncrypted() throws Exception {
        Path copy;
        try (Database database = Database.openStore(dataDir, PASSWORD.clone())) {
            new JdbcDelegationRepository(database).insert(sample);
            copy = StartupBackups.run(database, CLOCK);
        }

        try (ZipFile zip = new ZipFile(copy.toFile())) {
            byte[] entry = zip.getInputStream(zip.getEntry("delegation-desk.mv.db")).readAllBytes();
            assertThat(new String(entry, 0, 10, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt\n");
            assertThat(holdsName(entry)).isFalse();
        }
        assertThatThrownBy(() -> BackupService.verify(copy, null, dataDir)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo("store.backup.error.otherPassword"));
        try (VerifiedBackup backup = BackupService.verify(copy, PASSWORD.clone(), dataDir)) {
            assertThat(backup.encrypted()).isTrue();
            assertThat(backup.delegations()).isEqualTo(1);
        }
    }

    @Test
    void anExistingStoreIsEncryptedWithItsBackupsThenThePasswordIsChangedAndRemoved() throws Exception {
        Path copy;
        try (Database database = Database.openStore(dataDir)) {
            new JdbcDelegationRepository(database).insert(sample);
            copy = StartupBackups.run(database, CLOCK);
        }

        StoreEncryption.change(dataDir, null, PASSWORD.clone());

        assertThat(holdsName(Files.readAllBytes(dataDir.resolve("delegation-desk.mv.db")))).isFalse();
        assertThat(holdsName(zipBytes(copy))).as("the old backup is encrypted too").isFalse();
        try (VerifiedBackup backup = BackupService.verify(copy, PASSWORD.clone(), dataDir)) {
            assertThat(backup.delegations()).isEqualTo(1);
        }
        try (Database database = Database.openStore(dataDir, PASSWORD.clone())) {
            assertThat(new JdbcDelegationRepository(database).findSummaries()).hasSize(1);
        }

        char[] next = "mới-2026".toCharArray();
        assertThatThrownBy(() -> StoreEncryption.change(dataDir, "sai".toCharArray(), next.clone()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        StoreEncryption.change(dataDir, PASSWORD.clone(), next.clone());
        assertThatThrownBy(() -> Database.openStore(dataDir, PASSWORD.clone())).isInstanceOf(StoreException.class);
        try (Database database = Database.openStore(dataDir, next.clone())) {
            assertThat(new JdbcDelegationRepository(database).findSummaries()).hasSize(1);
        }

        StoreEncryption.change(dataDir, next.clone(), null);
        assertThat(StoreEncryption.isEncrypted(dataDir)).isFalse();
        try (Database database = Database.openStore(dataDir)) {
            assertThat(new JdbcDelegationRepository(database).findSummaries()).hasSize(1);
        }
        try (VerifiedBackup backup = BackupService.verify(copy, null, dataDir)) {
            assertThat(backup.encrypted()).isFalse();
        }
    }

    /** Whether the bytes hold the first member's name as H2 writes strings (in UTF-8 or H2's own encoding). */
    private boolean holdsName(byte[] bytes) {
        return indexOf(bytes, memberName.getBytes(StandardCharsets.UTF_8)) >= 0 || indexOf(bytes, h2String(memberName)) >= 0;
    }

    /** H2's MVStore string encoding: UTF-8-like lengths, but continuation bytes without their high bit. */
    private static byte[] h2String(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] zipBytes(Path zip) throws Exception {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            return archive.getInputStream(archive.entries().nextElement()).readAllBytes();
        }
    }
}
