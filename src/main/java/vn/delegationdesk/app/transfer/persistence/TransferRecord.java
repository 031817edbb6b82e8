package vn.delegationdesk.app.transfer.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.platform.db.BackupFile;

/**
 * A copy of a laptop's data onto a server, as the server keeps it: when, by whom, from which computer and data folder,
 * how many delegations and members, the laptop's backups at that moment (newest first) and the line the copied
 * delegations' audit lists show for it ({@code detail}).
 */
public record TransferRecord(Instant at, String by, String computer, String folder, int delegations, int members,
        List<BackupFile> backups, String detail) {
    public TransferRecord {
        Objects.requireNonNull(at, "at");
        backups = List.copyOf(backups);
    }
}
