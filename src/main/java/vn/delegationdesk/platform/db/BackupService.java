package vn.delegationdesk.platform.db;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * Backups the user makes and restores: a copy of the open store written to a file of their choice, and a
 * restore that checks the file completely ({@link BackupCheck}) before it touches the data, keeps the
 * current data in {@code backups/} and swaps the files while the store is closed. A backup of an encrypted
 * store is the encrypted file (H2's {@code BACKUP TO} copies the file as it is on disk).
 */
public final class BackupService {
    static final String BEFORE_RESTORE = Database.FILE_NAME + "-before-restore-";
    static final String BROKEN = Database.FILE_NAME + "-broken-";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final OperationLog OPERATIONS = OperationLog.of(BackupService.class);
    private static final long KILOBYTE = 1024;

    /** What the way out did: the backup it restored and where the unreadable file was moved. */
    public record Recovered(Path backup, Path brokenFile) {
    }

    private BackupService() {
    }

    /**
     * Writes a consistent copy of the open store to {@code zip}: into a temporary file beside it first, which
     * then replaces the target in one move, so a failure never leaves half a backup under the chosen name.
     */
    public static void backupTo(Database database, Path zip) {
        OPERATIONS.call("backup", op -> {
            Path target = zip.toAbsolutePath();
            Path temp = target.resolveSibling(".dd-backup-" + System.nanoTime() + ".tmp");
            if (!Files.isDirectory(target.getParent())) {
                // A removed drive: H2 would make the folder anew at the empty mount point, on another disk.
                throw new StoreException(StoreException.Reason.OTHER, "store.backup.error.folderMissing",
                        List.of(target.getParent().toString()), "the backup folder is gone", null);
            }
            try {
                database.backupTo(temp);
                StoreFiles.replace(temp, target);
                op.count("kB", Files.size(target) / KILOBYTE);
            } catch (IOException e) {
                throw writeFailed(target, e);
            } catch (StoreException e) {
                throw writeFailed(target, e);
            } finally {
                deleteQuietly(temp);
            }
            return target;
        });
    }

    /**
     * Checks {@code zip} as a backup of this app that the store's {@code password} (null: none) opens,
     * unpacked next to the store in {@code dataDir}. Nothing of the store is touched.
     */
    public static VerifiedBackup verify(Path zip, char[] password, Path dataDir) {
        return OPERATIONS.call("verify-backup", op -> {
            VerifiedBackup backup = BackupCheck.verify(zip, password, dataDir);
            op.count("delegations", backup.delegations());
            return backup;
        });
    }

    /**
     * With the store CLOSED: copies the current database file into {@code backups/} as
     * {@code delegation-desk-before-restore-<time>.zip} and moves the verified backup in its place. Takes the
     * instance lock, so it refuses while any store (also this process's) has the folder open.
     *
     * @return the copy of the data that was replaced, or null when there was no data file
     */
    public static Path restore(Path dataDir, VerifiedBackup backup, Clock clock) {
        return OPERATIONS.call("restore", op -> {
            op.count("delegations", backup.delegations());
            return swapIn(dataDir, backup, clock);
        });
    }

    @SuppressWarnings("try") // the instance lock is held for the block, not used in it
    private static Path swapIn(Path dataDir, VerifiedBackup backup, Clock clock) {
        try (backup; InstanceLock lock = InstanceLock.acquire(dataDir)) {
            Path current = StoreFiles.dbFile(dataDir);
            Path copy = null;
            if (Files.exists(current)) {
                copy = backupsFolder(dataDir).resolve(BEFORE_RESTORE + StoreFiles.stamp(clock) + ".zip");
                zipClosedFile(current, copy);
            }
            StoreFiles.replace(backup.file(), current);
            return copy;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "store.backup.error.swapFailed", List.of(dataDir.toString()),
                    "could not swap the restored file in", e);
        }
    }

    /**
     * The way out for a database that cannot be read, with the store CLOSED: finds the newest backup in
     * {@code backups/} that passes every check, moves the unreadable file aside (never deletes it) as
     * {@code delegation-desk-broken-<time>.mv.db} and moves the backup in its place.
     */
    public static Recovered restoreNewest(Path dataDir, char[] password, Clock clock) {
        return OPERATIONS.call("restore-newest-backup", op -> findAndSwapIn(dataDir, password, clock));
    }

    @SuppressWarnings("try") // the instance lock is held for the block, not used in it
    private static Recovered findAndSwapIn(Path dataDir, char[] password, Clock clock) {
        try (InstanceLock lock = InstanceLock.acquire(dataDir)) {
            for (Path candidate : backups(dataDir)) {
                VerifiedBackup backup;
                try {
                    backup = verify(candidate, password, dataDir);
                } catch (StoreException e) {
                    LOG.warn("backup {} not usable: {}", candidate.getFileName(), e.messageKey());
                    continue;
                }
                try (backup) {
                    Path current = StoreFiles.dbFile(dataDir);
                    Path broken = null;
                    if (Files.exists(current)) {
                        broken = current.resolveSibling(BROKEN + StoreFiles.stamp(clock) + StoreFiles.DB_SUFFIX);
                        Files.move(current, broken);
                    }
                    StoreFiles.replace(backup.file(), current);
                    return new Recovered(candidate, broken);
                }
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.OTHER, "store.backup.error.swapFailed", List.of(dataDir.toString()),
                    "could not move the broken file aside or the backup in", e);
        }
        throw new StoreException(StoreException.Reason.OTHER, "store.recovery.error.noBackup",
                List.of(dataDir.toAbsolutePath().resolve(StartupBackups.FOLDER).toString()), "no usable backup", null);
    }

    /** Whether {@code backups/} holds any zip to try. */
    public static boolean hasBackups(Path dataDir) {
        try {
            return !backups(dataDir).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The backups in the data folder {@code dataDir} (start-up copies and copies kept before a restore), newest first;
     * empty when there are none or the folder cannot be read.
     */
    public static List<BackupFile> list(Path dataDir) {
        List<BackupFile> found = new ArrayList<>();
        try {
            for (Path zip : backups(dataDir)) {
                found.add(new BackupFile(zip.getFileName().toString(), modified(zip).toInstant(), Files.size(zip)));
            }
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }

    /** The zips in {@code backups/}, newest first by the time they were written. */
    static List<Path> backups(Path dataDir) throws IOException {
        Path folder = dataDir.toAbsolutePath().resolve(StartupBackups.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".zip") && Files.isRegularFile(f)).forEach(found::add);
        }
        found.sort(Comparator.comparing(BackupService::modified).thenComparing(Comparator.naturalOrder()).reversed());
        return found;
    }

    /** A zip of a closed database file, in the format of H2's BACKUP TO (one entry named after the file). */
    static void zipClosedFile(Path file, Path zip) throws IOException {
        Path temp = zip.resolveSibling(".dd-copy-" + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream archive = new ZipOutputStream(out)) {
                archive.putNextEntry(new ZipEntry(StoreFiles.DB_FILE));
                Files.copy(file, archive);
                archive.closeEntry();
            }
            StoreFiles.replace(temp, zip);
        } finally {
            deleteQuietly(temp);
        }
    }

    static Path backupsFolder(Path dataDir) throws IOException {
        return Files.createDirectories(dataDir.toAbsolutePath().resolve(StartupBackups.FOLDER));
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Why the backup failed, in the user's words: a full disk, a read-only one, a folder gone with its drive, or else. */
    private static StoreException writeFailed(Path target, Exception cause) {
        if (!WriteFailures.isDiskFull(cause) && !WriteFailures.isReadOnly(cause) && !Files.isDirectory(target.getParent())) {
            return new StoreException(StoreException.Reason.OTHER, "store.backup.error.folderMissing",
                    List.of(target.getParent().toString()), "the backup folder went away while writing", cause);
        }
        String key = WriteFailures.isDiskFull(cause) ? "store.backup.error.diskFull"
                : WriteFailures.isReadOnly(cause) ? "store.backup.error.readOnly" : "store.backup.error.writeFailed";
        return new StoreException(StoreException.Reason.OTHER, key, List.of(target.toString()), "could not write the backup", cause);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stray temporary file beside the backup is the lesser problem.
        }
    }
}
