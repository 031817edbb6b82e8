package vn.delegationdesk.delegation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.delegationdesk.common.LocalizedException;

/**
 * A save refused because someone else saved the delegation after it was opened: nothing was written. Names who saved
 * and when ("Đoàn này đã được Trần Thị Bình lưu lúc 09:41 ngày 07/12/2026, sau khi bạn mở nó…") and carries the
 * stored delegation, so that the user can see what differs and choose.
 */
public final class SaveConflict extends LocalizedException {
    private static final long serialVersionUID = 1L;
    /** "09:41 ngày 07/12/2026", in the machine's time zone. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final transient VersionedDelegation stored;
    private final long openedVersion;

    public SaveConflict(VersionedDelegation stored, long openedVersion) {
        super(stored.version().savedBy().isBlank() ? "store.save.conflictUnnamed" : "store.save.conflict",
                List.of(stored.version().savedBy(), when(stored.version())),
                "delegation " + stored.delegation().id() + " opened at version " + openedVersion + ", stored version "
                        + stored.version().version(), null);
        this.stored = stored;
        this.openedVersion = openedVersion;
    }

    /** The delegation as it is stored now, with who saved it and when. */
    public VersionedDelegation stored() {
        return stored;
    }

    /** The version the refused save started from. */
    public long openedVersion() {
        return openedVersion;
    }

    /** "09:41 ngày 07/12/2026": when {@code version} was saved, as the messages show it. */
    public static String when(StoredVersion version) {
        return WHEN.format(version.savedAt().atZone(ZoneId.systemDefault()));
    }
}
