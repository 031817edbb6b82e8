package vn.delegationdesk.delegation;

import java.time.Instant;
import java.util.Objects;

/**
 * Which save of a delegation is stored: its version (1 when first stored, one more with every save), who saved it
 * ({@code ""} when nobody was named, as for delegations stored before versions existed) and when. Kept beside the
 * delegation, never in it: a delegation's value (and its package) does not change with who saved it.
 */
public record StoredVersion(long version, String savedBy, Instant savedAt) {
    public StoredVersion {
        savedBy = savedBy == null ? "" : savedBy;
        Objects.requireNonNull(savedAt, "savedAt");
    }

    /** True when this is a later save than {@code other}. */
    public boolean isNewerThan(StoredVersion other) {
        return other == null || version > other.version;
    }
}
