package vn.delegationdesk.platform.db;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.h2.api.ErrorCode;
import vn.delegationdesk.platform.db.StoreException.Reason;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * Turns H2, PostgreSQL and Flyway failures into {@link StoreException}s with a reason and a Vietnamese message key.
 * H2's are told apart by its error codes, PostgreSQL's by their SQLSTATE.
 */
final class SqlErrors {
    /** The foreign key that keeps a delegation while it has a settlement (V12). */
    private static final String SETTLEMENT_FK = "settlement_delegation_fk";
    /** The foreign key that keeps a delegation while files are attached to its settlement's vouchers (V14). */
    private static final String VOUCHER_FILE_FK = "voucher_file_delegation_fk";

    private SqlErrors() {
    }

    /** A failure while opening or migrating the database in {@code dataDir}. */
    static StoreException onOpen(Throwable failure, Path dataDir) {
        int code = errorCode(failure);
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return inUse(dataDir, failure);
        }
        if (code == ErrorCode.DATABASE_IS_CLOSED && (WriteFailures.isDiskFull(failure) || WriteFailures.isReadOnly(failure))) {
            // H2 keeps a database that failed a write registered in this JVM and refuses it until the app starts anew,
            // whether or not the disk has room again: say what the failed save said, which asks for that new start.
            return onWork(failure, dataDir);
        }
        // Before corruption: a file H2 could not write for want of room or rights is not damaged.
        if (WriteFailures.isDiskFull(failure)) {
            return new StoreException(Reason.OTHER, "store.error.openDiskFull", List.of(dataDir.toString()),
                    "the disk of " + dataDir + " is full", failure);
        }
        if (WriteFailures.isReadOnly(failure)) {
            return folderReadOnly(dataDir.toString(), failure);
        }
        if (isCorruption(code, failure)) {
            return corrupt(dataDir, failure);
        }
        return new StoreException(Reason.OTHER, "store.error.openFailed", List.of(dataDir.toString()),
                "cannot open the database in " + dataDir, failure);
    }

    /** Like {@link #onOpen} for an encrypted file: H2 reports a wrong password as an encryption error. */
    static StoreException onEncryptedOpen(Throwable failure, Path dataDir) {
        if (errorCode(failure) == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new StoreException(Reason.WRONG_PASSWORD, "store.error.wrongPassword", List.of(dataDir.toString()),
                    "the password does not open the encrypted database in " + dataDir, null);
        }
        return onOpen(failure, dataDir);
    }

    static StoreException passwordRequired(Path dataDir) {
        return new StoreException(Reason.PASSWORD_REQUIRED, "store.error.passwordRequired", List.of(dataDir.toString()),
                "the database in " + dataDir + " is encrypted and no password was given", null);
    }

    /** A backup file refused before anything was changed; {@code key} names why. */
    static StoreException backupRefused(String key, Path zip, String detail, Throwable cause) {
        return new StoreException(Reason.BACKUP_REFUSED, key, List.of(zip.getFileName() == null ? zip.toString()
                : zip.getFileName().toString()), detail, cause);
    }

    /** H2's error code of the first SQLException in the cause chain, or 0; for callers of this package. */
    static int code(Throwable failure) {
        return errorCode(failure);
    }

    /** A failure inside a transaction on an open database. */
    static StoreException onWork(Throwable failure, Path dataDir) {
        int code = errorCode(failure);
        // H2 closes the database after a failed write (and says "closed" from then on, with the write as the cause):
        // the saved data is as it was, but this session cannot write again, so the user is asked to start anew.
        if (WriteFailures.isDiskFull(failure)) {
            return new StoreException(Reason.OTHER, "store.error.diskFull", List.of(dataDir.toString()),
                    "the disk of " + dataDir + " is full; the database was closed", failure);
        }
        if (WriteFailures.isReadOnly(failure)) {
            return new StoreException(Reason.OTHER, "store.error.readOnly", List.of(dataDir.toString()),
                    "the data folder " + dataDir + " turned read-only; the database was closed", failure);
        }
        if (isCorruption(code, failure)) {
            return corrupt(dataDir, failure);
        }
        if (keptBy(failure, SETTLEMENT_FK)) {
            return settlementKept(failure);
        }
        if (keptBy(failure, VOUCHER_FILE_FK)) {
            return voucherFilesKept(failure);
        }
        if (code == ErrorCode.VALUE_TOO_LONG_2 || code == ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1) {
            return new StoreException(Reason.OTHER, "store.error.valueTooLong", List.of(dataDir.toString()),
                    "a value does not fit its column", failure);
        }
        return new StoreException(Reason.OTHER, "store.error.operationFailed", List.of(dataDir.toString()),
                "transaction failed and was rolled back", failure);
    }

    /** A failure while connecting to or migrating the PostgreSQL database {@code server} ("postgresql://host:5432/db"). */
    static StoreException onServerOpen(Throwable failure, String server) {
        String state = sqlState(failure);
        // 28P01 invalid_password, 28000 invalid_authorization_specification (no such user, refused by pg_hba.conf).
        if ("28P01".equals(state) || "28000".equals(state)) {
            return new StoreException(Reason.WRONG_PASSWORD, "store.error.serverLogin", List.of(server),
                    "the server refuses the user name or password for " + server, failure);
        }
        return new StoreException(Reason.OTHER, "store.error.serverUnavailable", List.of(server),
                "cannot connect to or migrate " + server, failure);
    }

    static StoreException serverNewerVersion(String server, String detail) {
        return new StoreException(Reason.NEWER_VERSION, "store.error.serverNewerVersion", List.of(server), detail, null);
    }

    /** A failure inside a transaction on a PostgreSQL server; the server rolled the transaction back. */
    static StoreException onServerWork(Throwable failure, String server) {
        String state = sqlState(failure);
        // 22001 string_data_right_truncation, 22003 numeric_value_out_of_range: H2's VALUE_TOO_LONG and NUMERIC_VALUE_OUT_OF_RANGE.
        if ("22001".equals(state) || "22003".equals(state)) {
            return new StoreException(Reason.OTHER, "store.error.valueTooLong", List.of(server),
                    "a value does not fit its column", failure);
        }
        if (connectionBroken(failure)) {
            return new StoreException(Reason.OTHER, "store.error.serverUnavailable", List.of(server),
                    "the connection to " + server + " failed; the transaction was not committed", failure);
        }
        if (keptBy(failure, SETTLEMENT_FK)) {
            return settlementKept(failure);
        }
        if (keptBy(failure, VOUCHER_FILE_FK)) {
            return voucherFilesKept(failure);
        }
        return new StoreException(Reason.OTHER, "store.error.operationFailed", List.of(server),
                "transaction failed and was rolled back", failure);
    }

    /**
     * Whether {@code failure} is the refusal to delete a delegation that has a settlement or voucher files (the foreign
     * key {@code constraint}, ON DELETE RESTRICT, of migration V12 or V14): an integrity violation, SQLSTATE class 23,
     * naming that constraint. Both stores name the constraint in the message (H2 in upper case). A row written for a
     * delegation that does not exist breaks the same constraint the other way (H2's 23506, PostgreSQL's "insert or
     * update on table"): that is no refused delete.
     */
    private static boolean keptBy(Throwable failure, String constraint) {
        String state = sqlState(failure);
        if (state == null || !state.startsWith("23") || "23506".equals(state)) {
            return false;
        }
        boolean named = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("insert or update on table")) {
                return false;
            }
            named |= message.contains(constraint);
        }
        return named;
    }

    private static StoreException settlementKept(Throwable failure) {
        return new StoreException(Reason.OTHER, "store.error.delegationHasSettlement", List.of(),
                "the delegation has a settlement (" + SETTLEMENT_FK + "); nothing was deleted", failure);
    }

    private static StoreException voucherFilesKept(Throwable failure) {
        return new StoreException(Reason.OTHER, "store.error.delegationHasVoucherFiles", List.of(),
                "files are attached to the delegation's vouchers (" + VOUCHER_FILE_FK + "); nothing was deleted", failure);
    }

    /**
     * Whether {@code failure} says the connection itself is gone, so it must not be used again: SQLSTATE class 08
     * (connection exception) or 57P01..57P03 (the server was shut down, crashed or is starting).
     */
    static boolean connectionBroken(Throwable failure) {
        String state = sqlState(failure);
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    static StoreException inUse(Path dataDir, Throwable cause) {
        return new StoreException(Reason.IN_USE, "store.error.inUse", List.of(dataDir.toString()),
                "the data folder is used by another copy of the app: " + dataDir, cause);
    }

    static StoreException corrupt(Path dataDir, Throwable cause) {
        return new StoreException(Reason.CORRUPT, "store.error.corrupt", List.of(dataDir.toString()),
                "the database file is damaged or foreign: " + dataDir, cause);
    }

    static StoreException newerVersion(Path dataDir, String detail) {
        return new StoreException(Reason.NEWER_VERSION, "store.error.newerVersion", List.of(dataDir.toString()),
                detail, null);
    }

    static StoreException folderUnavailable(String dataDir, Throwable cause) {
        return new StoreException(Reason.OTHER, "store.error.folderUnavailable", List.of(dataDir),
                "cannot create or write the data folder " + dataDir, cause);
    }

    /** The data folder is on a read-only file system: nothing can be written there, the data is untouched. */
    static StoreException folderReadOnly(String dataDir, Throwable cause) {
        return new StoreException(Reason.OTHER, "store.error.folderReadOnly", List.of(dataDir),
                "the data folder " + dataDir + " is read-only", cause);
    }

    private static boolean isCorruption(int code, Throwable failure) {
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return true;
        }
        // A file shorter than its own header says is truncated, not unreadable for lack of rights.
        return code == ErrorCode.IO_EXCEPTION_2 && hasCause(failure, EOFException.class);
    }

    /** H2's error code of the first SQLException in the cause chain (Flyway wraps them), or 0. */
    private static int errorCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }

    /** The SQLSTATE of the first SQLException in the cause chain that has one, or null. */
    private static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
