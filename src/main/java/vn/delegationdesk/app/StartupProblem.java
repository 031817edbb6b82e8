package vn.delegationdesk.app;

import java.util.List;
import vn.delegationdesk.platform.db.StoreException;

/**
 * Why the store did not open and which ways out the start-up dialog offers; no screen involved. A store in
 * another window or from a newer version is never offered a restore (its data is fine and must stay as it
 * is); only an unreadable file is, and only when there is a backup to restore.
 */
public final class StartupProblem {
    /** The buttons of the start-up dialog besides the password prompt. */
    public enum Option { RESTORE_NEWEST_BACKUP, CHOOSE_OTHER_FOLDER, CLOSE }

    /** What went wrong, as the user needs to know it. */
    public enum Kind { IN_USE, CORRUPT, NEWER_VERSION, PASSWORD_REQUIRED, WRONG_PASSWORD, OTHER_STORE_FAILURE, UNEXPECTED }

    private final Kind kind;
    private final List<Option> options;

    private StartupProblem(Kind kind, List<Option> options) {
        this.kind = kind;
        this.options = options;
    }

    /**
     * @param failure        what opening the store threw (unwrapped)
     * @param canRecover     whether the window has a {@link StoreSession} to change folder or restore with
     * @param backupsPresent whether {@code backups/} holds a copy to try
     */
    public static StartupProblem of(Throwable failure, boolean canRecover, boolean backupsPresent) {
        Kind kind = kindOf(failure);
        if (!canRecover) {
            return new StartupProblem(kind, List.of(Option.CLOSE));
        }
        switch (kind) {
            case CORRUPT:
                return new StartupProblem(kind, backupsPresent
                        ? List.of(Option.RESTORE_NEWEST_BACKUP, Option.CHOOSE_OTHER_FOLDER, Option.CLOSE)
                        : List.of(Option.CHOOSE_OTHER_FOLDER, Option.CLOSE));
            case IN_USE:
            case NEWER_VERSION:
            case PASSWORD_REQUIRED:
            case WRONG_PASSWORD:
            case OTHER_STORE_FAILURE:
                return new StartupProblem(kind, List.of(Option.CHOOSE_OTHER_FOLDER, Option.CLOSE));
            default:
                return new StartupProblem(kind, List.of(Option.CLOSE));
        }
    }

    private static Kind kindOf(Throwable failure) {
        if (!(failure instanceof StoreException store)) {
            return Kind.UNEXPECTED;
        }
        switch (store.reason()) {
            case IN_USE:
                return Kind.IN_USE;
            case CORRUPT:
                return Kind.CORRUPT;
            case NEWER_VERSION:
                return Kind.NEWER_VERSION;
            case PASSWORD_REQUIRED:
                return Kind.PASSWORD_REQUIRED;
            case WRONG_PASSWORD:
                return Kind.WRONG_PASSWORD;
            default:
                return Kind.OTHER_STORE_FAILURE;
        }
    }

    public Kind kind() {
        return kind;
    }

    public List<Option> options() {
        return options;
    }

    /** The store is encrypted: the window asks for the password (again, after a wrong one) instead. */
    public boolean asksPassword() {
        return (kind == Kind.PASSWORD_REQUIRED || kind == Kind.WRONG_PASSWORD) && options.size() > 1;
    }

    /** Only "Đóng": the plain error message and the app closes. */
    public boolean closesOnly() {
        return options.equals(List.of(Option.CLOSE));
    }
}
