package vn.delegationdesk.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.platform.db.BackupService;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.VerifiedBackup;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.persistence.JdbcVoucherFileRepository;

/**
 * An attached voucher file lives in the data folder's database, so a backup carries it: removed after the backup, it is
 * there again, byte for byte, once the backup is restored. (H2 only: a server's backups are the server's business.)
 */
class VoucherFileBackupTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    @Test
    void aBackupTakenAfterAttachingRestoresTheFileBytes() throws IOException {
        byte[] scan = new byte[3_000_000];
        new Random(16).nextBytes(scan);
        System.arraycopy(VoucherFilesTest.PDF, 0, scan, 0, VoucherFilesTest.PDF.length);
        Path zip = elsewhere.resolve("sao-luu.zip");
        long delegation;
        VoucherFile kept;
        try (Database database = Database.openStore(dataDir)) {
            delegation = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            Path source = Files.write(elsewhere.resolve("hoadon.pdf"), scan);
            kept = new VoucherFiles(new JdbcVoucherFileRepository(database), RoleGate.everyRole(() -> "Phạm Thu Hà"),
                    Clock.systemUTC()).attach(delegation, VoucherFilesTest.INVOICE, source);
            Files.delete(source);
            BackupService.backupTo(database, zip);
            new JdbcVoucherFileRepository(database).remove(kept.id());
        }

        VerifiedBackup backup = BackupService.verify(zip, null, dataDir);
        BackupService.restore(dataDir, backup, Clock.fixed(Instant.parse("2025-10-22T01:00:00Z"), ZoneOffset.UTC));

        try (Database database = Database.openStore(dataDir)) {
            JdbcVoucherFileRepository repository = new JdbcVoucherFileRepository(database);
            assertThat(repository.list(delegation)).containsExactly(kept);
            assertThat(repository.content(kept.id())).isEqualTo(scan);
        }
    }
}
