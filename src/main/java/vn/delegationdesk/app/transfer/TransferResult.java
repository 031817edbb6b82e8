package vn.delegationdesk.app.transfer;

import java.util.Map;

/**
 * A finished copy, verified: each copied delegation's package export (fixed clock) read back from the server inside the
 * copy's transaction had the SHA-256 of the laptop's ({@code checksums}, by the laptop's id), and the server's count of
 * delegations grew by {@code delegations}. {@code backups}: how many backups of the laptop the server's record of the copy
 * lists (their files stay on the laptop).
 */
public record TransferResult(int delegations, int renamed, int skipped, int members, int rateSets, int rateSetsOnServer,
        int bodies, int bodiesOnServer, int serverDelegations, Map<Long, String> checksums, int backups) {
    public TransferResult {
        checksums = Map.copyOf(checksums);
    }
}
