package vn.delegationdesk.platform.db;

import java.time.Instant;
import java.util.Objects;

/** A backup in a data folder's {@code backups/}: its file name, when it was written and its size in bytes. */
public record BackupFile(String name, Instant takenAt, long sizeBytes) {
    public BackupFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(takenAt, "takenAt");
    }
}
