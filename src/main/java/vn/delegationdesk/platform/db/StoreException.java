package vn.delegationdesk.platform.db;

import java.util.List;
import vn.delegationdesk.common.LocalizedFailure;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The store could not be opened or a transaction failed. Carries a {@link Reason} the caller can act on
 * and a Vietnamese message key with its arguments; {@link #getMessage()} stays technical (for logs) so
 * that no H2 or Flyway text ever has to be shown to the user.
 */
public class StoreException extends RuntimeException implements LocalizedFailure {
    private static final long serialVersionUID = 1L;

    /** Why the store failed, as far as the caller needs to know. */
    public enum Reason {
        /** Another copy of the app holds the data folder. */
        IN_USE,
        /** The data was written by a newer version of the app; nothing was changed. */
        NEWER_VERSION,
        /** The database file is damaged or is not a Delegation Desk database. */
        CORRUPT,
        /** The database file is encrypted and no password was given. */
        PASSWORD_REQUIRED,
        /** The database file is encrypted and the password given does not open it. */
        WRONG_PASSWORD,
        /** A backup file to restore from was checked and refused; nothing was changed. */
        BACKUP_REFUSED,
        /** Anything else: permissions, disk full, a failed statement. */
        OTHER
    }

    private final Reason reason;
    private final String messageKey;
    private final transient List<Object> args;

    public StoreException(Reason reason, String messageKey, List<Object> args, String detail, Throwable cause) {
        super(reason + " (" + messageKey + "): " + detail, cause);
        this.reason = reason;
        this.messageKey = messageKey;
        this.args = List.copyOf(args);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public List<Object> args() {
        return args;
    }

    /** The sentence to show the user. */
    public String userMessage(Messages messages) {
        return messages.get(messageKey, args.toArray());
    }
}
