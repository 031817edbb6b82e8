package vn.delegationdesk.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts a store with a password, changes the password or removes it, with the store CLOSED. The work is
 * done on a copy ({@code ChangeFileEncryption} in a scratch folder), the copy is opened with the new password,
 * and only then it replaces the file: no moment leaves a half-converted store, and no unencrypted copy of
 * the data is left behind. The copies in {@code backups/} are converted the same way, so that they stay
 * restorable with the store's password and no old copy keeps the members' data in clear.
 */
public final class StoreEncryption {

    private StoreEncryption() {
    }

    /** Whether the store's file in {@code dataDir} is encrypted. */
    public static boolean isEncrypted(Path dataDir) {
        return StoreFiles.isEncrypted(StoreFiles.dbFile(dataDir));
    }

    /**
     * Re-keys the store from {@code current} (null: not encrypted) to {@code next} (null: remove the
     * encryption). A wrong {@code current} fails with {@link StoreException.Reason#WRONG_PASSWORD} and changes nothing.
     */
    @SuppressWarnings("try") // the instance lock is held for the block, not used in it
    public static void change(Path dataDir, char[] current, char[] next) {
        try (InstanceLock lock = InstanceLock.acquire(dataDir)) {
            Path file = StoreFiles.dbFile(dataDir);
            rekeyFile(dataDir, file, current, next);
            rekeyBackups(dataDir, current, next);
        }
    }

    @SuppressWarnings("try") // opening the converted copy is the check; it is closed unused
    private static void rekeyFile(Path dataDir, Path file, char[] current, char[] next) {
        Path scratch = null;
        try {
            scratch = StoreFiles.scratch(dataDir, "rekey");
            Path copy = scratch.resolve(StoreFiles.DB_FILE);
            Files.copy(file, copy);
            rekey(scratch, current, next);
            // Open the converted copy before it replaces anything: a wrong password or a failed run stops here.
            try (VerifiedBackup check = BackupCheck.verifyUnpacked(copy, next)) {
                StoreFiles.replace(copy, file);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "store.encryption.error.failed", List.of(dataDir.toString()),
                    "could not convert the database file", e);
        } finally {
            StoreFiles.deleteTree(scratch);
        }
    }

    private static void rekey(Path scratch, char[] current, char[] next) {
        try {
            ChangeFileEncryption.execute(scratch.toString(), Database.FILE_NAME, "AES",
                    current == null ? null : StoreFiles.filePassword(current),
                    next == null ? null : StoreFiles.filePassword(next), true);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException(StoreException.Reason.WRONG_PASSWORD, "store.error.wrongPassword",
                    List.of(scratch.getParent().toString()), "ChangeFileEncryption failed", e);
        }
    }

    /** Converts each copy in {@code backups/}; one that does not convert (damaged, other key) stays as it was. */
    private static void rekeyBackups(Path dataDir, char[] current, char[] next) {
        List<Path> zips;
        try {
            zips = BackupService.backups(dataDir);
        } catch (IOException e) {
            log().warn("backups not listed for re-keying: {}", e.getClass().getSimpleName());
            return;
        }
        for (Path zip : zips) {
            try (VerifiedBackup backup = BackupCheck.verify(zip, current, dataDir)) {
                Path scratch = backup.file().getParent();
                rekey(scratch, current, next);
                BackupService.zipClosedFile(backup.file(), zip);
            } catch (IOException | StoreException e) {
                log().warn("backup {} not re-keyed: {}", zip.getFileName(), e.getClass().getSimpleName());
            }
        }
    }

    /** Looked up on first use: the window asks whether the store is encrypted before logging has started. */
    private static Logger log() {
        return LoggerFactory.getLogger(StoreEncryption.class);
    }
}
