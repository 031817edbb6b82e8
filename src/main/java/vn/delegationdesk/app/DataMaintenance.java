package vn.delegationdesk.app;

import java.nio.file.Path;
import vn.delegationdesk.platform.db.VerifiedBackup;

/**
 * What the "Dữ liệu" menu does to the store. {@link #backupTo} and {@link #verify} work on the open store;
 * {@link #restore} and {@link #changePassword} need it CLOSED and run inside a {@link StoreRestart}.
 */
public interface DataMaintenance {
    /** A copy of the open store written to {@code zip}. */
    void backupTo(Path zip);

    /** Checks {@code zip} completely before anything is replaced; throws a localized failure when refused. */
    VerifiedBackup verify(Path zip);

    /** With the store closed: keeps the current data in backups/ and puts the backup in its place; returns the kept copy. */
    Path restore(VerifiedBackup backup);

    /** Whether the store is encrypted with a password. */
    boolean encrypted();

    /** With the store closed: encrypts with {@code next}, changes the password to it, or (null) removes the encryption. */
    void changePassword(char[] next);
}
