package vn.delegationdesk.platform.db;

import java.nio.file.Path;

/**
 * A backup that passed every check, unpacked in a scratch folder inside the data folder, ready to be moved
 * into place by {@link BackupService#restore}. Closing it removes the scratch folder if it is still there.
 */
public final class VerifiedBackup implements AutoCloseable {
    private final Path source;
    private final Path scratch;
    private final Path file;
    private final boolean encrypted;
    private final int delegations;

    VerifiedBackup(Path source, Path scratch, Path file, boolean encrypted, int delegations) {
        this.source = source;
        this.scratch = scratch;
        this.file = file;
        this.encrypted = encrypted;
        this.delegations = delegations;
    }

    /** The zip file the user chose. */
    public Path source() {
        return source;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** How many delegations the backup holds. */
    public int delegations() {
        return delegations;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        StoreFiles.deleteTree(scratch);
    }
}
