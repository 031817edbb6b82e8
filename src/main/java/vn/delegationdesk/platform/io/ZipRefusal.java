package vn.delegationdesk.platform.io;

import java.io.IOException;

/**
 * An archive refused by {@link GuardedZip} before anything in it was parsed, with the reason and, where there is one,
 * the entry concerned; the caller turns it into its own message ("phần xl/worksheets/sheet1.xml giải nén ra hơn
 * 100 MB").
 */
public final class ZipRefusal extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the archive was refused. */
    public enum Reason {
        /** More entries than {@link ZipLimits#maxEntries()}. */
        TOO_MANY_ENTRIES,
        /** One entry inflates to more than {@link ZipLimits#maxEntryBytes()}. */
        ENTRY_TOO_LARGE,
        /** All entries together inflate to more than {@link ZipLimits#maxTotalBytes()}. */
        TOTAL_TOO_LARGE,
        /** An entry name that is absolute or climbs out with "..". */
        UNSAFE_NAME,
        /** Two entries of the same name (letter case aside): readers would disagree on which one counts. */
        DUPLICATE_NAME
    }

    private final Reason reason;
    private final String entryName;

    public ZipRefusal(Reason reason, String entryName, String detail) {
        super(reason + (entryName == null ? "" : " " + entryName) + ": " + detail);
        this.reason = reason;
        this.entryName = entryName;
    }

    public Reason reason() {
        return reason;
    }

    /** The entry concerned; null for {@link Reason#TOO_MANY_ENTRIES} and {@link Reason#TOTAL_TOO_LARGE}. */
    public String entryName() {
        return entryName;
    }
}
