package vn.delegationdesk.delegation;

import java.util.Objects;

/** A stored delegation with the version it was read at: what the editor opens and a save must start from. */
public record VersionedDelegation(Delegation delegation, StoredVersion version) {
    public VersionedDelegation {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(version, "version");
    }
}
