package vn.delegationdesk.settlement.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.BackupService;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.VerifiedBackup;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.VoucherFile;

/**
 * An attached voucher file lives in the data folder's database, so a backup carries it: removed after the backup, it is
 * there again, byte for byte, once the backup is restored.
 */
class VoucherFileBackupTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    @Test
    void aBackupTakenAfterAttachingRestoresTheFileBytes() throws IOException {
        byte[] scan = JdbcVoucherFileRepositoryTest.pdf(3_000_000, 16);
        Path zip = elsewhere.resolve("sao-luu.zip");
        long delegation;
        VoucherFile kept;
        try (Database database = Database.openStore(dataDir)) {
            delegation = new JdbcDelegationRepository(database).insert(SampleDelegation.create());
            Path source = Files.write(elsewhere.resolve("hoadon.pdf"), scan);
            kept = JdbcVoucherFileRepositoryTest.service(database).attach(delegation, JdbcVoucherFileRepositoryTest.INVOICE,
                    source);
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
