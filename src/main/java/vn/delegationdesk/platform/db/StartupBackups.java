package vn.delegationdesk.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.delegationdesk.platform.logging.Operation;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * A dated copy of the database each time the store opens ({@code backups/delegation-desk-YYYYMMDD-HHMMSS.zip}
 * in the data folder), keeping the newest {@link #KEEP}. A failed backup is logged and never stops the app.
 */
public final class StartupBackups {
    public static final int KEEP = 10;
    static final String FOLDER = "backups";
    private static final String PREFIX = Database.FILE_NAME + "-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern DATED = Pattern.compile(Pattern.quote(PREFIX) + "\\d{8}-\\d{6}\\.zip");
    private static final OperationLog OPERATIONS = OperationLog.of(StartupBackups.class);

    private StartupBackups() {
    }

    /** Backs up {@code database} into its data folder and prunes old copies; returns the new copy, or null on failure. */
    public static Path run(Database database, Clock clock) {
        Path folder = database.dataDir().toAbsolutePath().resolve(FOLDER);
        Path temp = folder.resolve(".dd-startup-" + System.nanoTime() + ".tmp");
        try (Operation op = OPERATIONS.start("startup-backup")) {
            try {
                Files.createDirectories(folder);
                Path target = folder.resolve(PREFIX + STAMP.format(LocalDateTime.now(clock)) + ".zip");
                // Under its dated name only once whole: a copy cut short by a full disk must not pass for a good one.
                database.backupTo(temp);
                StoreFiles.replace(temp, target);
                prune(folder);
                op.ok();
                return target;
            } catch (IOException | RuntimeException e) {
                op.failed(e);
                return null;
            } finally {
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A stray temporary file in backups/ is harmless: its name starts with a dot and does not end in .zip.
        }
    }

    /**
     * The dated start-up copies in the folder, oldest first (the time stamp sorts as text). The copies kept
     * before a restore ({@code delegation-desk-before-restore-…}) are not among them and are never pruned.
     */
    static List<Path> copies(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> DATED.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static void prune(Path folder) throws IOException {
        List<Path> copies = copies(folder);
        for (Path old : copies.subList(0, Math.max(0, copies.size() - KEEP))) {
            Files.deleteIfExists(old);
        }
    }
}
