package vn.delegationdesk.platform.db;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;

/**
 * Checks a backup zip before anything is replaced: a readable zip holding exactly {@code delegation-desk.mv.db},
 * which opens read-only as an H2 database (with the store's password when it is encrypted), whose schema is
 * not newer than this build's, and whose delegation table can be read. Every refusal is a
 * {@link StoreException} with reason {@link StoreException.Reason#BACKUP_REFUSED}.
 */
final class BackupCheck {
    /** Far above any real store; stops a crafted zip from filling the disk while it is unpacked. */
    static final long MAX_UNPACKED_BYTES = 8L * 1024 * 1024 * 1024;

    private BackupCheck() {
    }

    static VerifiedBackup verify(Path zip, char[] password, Path dataDir) {
        if (!Files.isRegularFile(zip) || !Files.isReadable(zip)) {
            throw SqlErrors.backupRefused("store.backup.error.unreadable", zip, "not a readable file", null);
        }
        Path scratch;
        try {
            scratch = StoreFiles.scratch(dataDir, "restore");
        } catch (IOException e) {
            throw SqlErrors.folderUnavailable(dataDir.toString(), e);
        }
        try {
            Path file = unpack(zip, scratch);
            boolean encrypted = StoreFiles.isEncrypted(file);
            int delegations = inspect(zip, scratch, encrypted, password);
            return new VerifiedBackup(zip, scratch, file, encrypted, delegations);
        } catch (RuntimeException e) {
            StoreFiles.deleteTree(scratch);
            throw e;
        }
    }

    /** Checks a database file already in a scratch folder of its own (the folder is removed on close). */
    static VerifiedBackup verifyUnpacked(Path file, char[] password) {
        boolean encrypted = StoreFiles.isEncrypted(file);
        int delegations = inspect(file, file.getParent(), encrypted, password);
        return new VerifiedBackup(file, file.getParent(), file, encrypted, delegations);
    }

    private static Path unpack(Path zip, Path scratch) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            ZipEntry entry = null;
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements();) {
                ZipEntry next = entries.nextElement();
                names.add(next.getName());
                if (next.getName().equals(StoreFiles.DB_FILE)) {
                    entry = next;
                }
            }
            if (entry == null || names.size() != 1) {
                throw SqlErrors.backupRefused("store.backup.error.unexpectedContent", zip, "entries " + names, null);
            }
            Path file = scratch.resolve(StoreFiles.DB_FILE);
            try (InputStream in = archive.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
                copyLimited(in, out);
            }
            return file;
        } catch (ZipException | EOFException e) {
            throw SqlErrors.backupRefused("store.backup.error.notZip", zip, "not a complete zip", e);
        } catch (IOException e) {
            throw SqlErrors.backupRefused("store.backup.error.unreadable", zip, "cannot read or unpack", e);
        }
    }

    private static void copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_UNPACKED_BYTES) {
                throw new ZipException("entry larger than " + MAX_UNPACKED_BYTES);
            }
            out.write(buffer, 0, n);
        }
    }

    /** Opens the unpacked file read-only and returns how many delegations it holds. */
    private static int inspect(Path zip, Path scratch, boolean encrypted, char[] password) {
        if (encrypted && password == null) {
            throw SqlErrors.backupRefused("store.backup.error.otherPassword", zip, "encrypted, store has no password", null);
        }
        String url = StoreFiles.url(scratch.resolve(Database.FILE_NAME), encrypted, true);
        try (Connection c = Database.dataSource(url, encrypted ? password : null).getConnection();
                Statement statement = c.createStatement()) {
            String newest = newestVersion(statement, zip);
            if (MigrationVersion.fromVersion(newest).compareTo(MigrationVersion.fromVersion(SchemaVersion.LATEST)) > 0) {
                throw SqlErrors.backupRefused("store.backup.error.newerVersion", zip, "schema version " + newest, null);
            }
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM delegation")) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            int code = SqlErrors.code(e);
            if (encrypted && code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw SqlErrors.backupRefused("store.backup.error.otherPassword", zip, "wrong password", e);
            }
            if (code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1 || code == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                throw SqlErrors.backupRefused("store.backup.error.notDatabase", zip, "no delegation table", e);
            }
            throw SqlErrors.backupRefused("store.backup.error.damaged", zip, "does not open as a database", e);
        }
    }

    private static String newestVersion(Statement statement, Path zip) throws SQLException {
        String sql = "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL AND \"success\"";
        MigrationVersion newest = null;
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                if (newest == null || version.compareTo(newest) > 0) {
                    newest = version;
                }
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1
                    || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1) {
                throw SqlErrors.backupRefused("store.backup.error.notDatabase", zip, "no schema history", e);
            }
            throw e;
        }
        if (newest == null) {
            throw SqlErrors.backupRefused("store.backup.error.notDatabase", zip, "empty schema history", null);
        }
        return newest.getVersion();
    }
}
