package vn.delegationdesk.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where each delegation's settlement is kept, whole (its advances, outcomes with their certified stays, actual lines
 * with their vouchers), keyed by the delegation's id, with its closings. Members are named by their id inside the
 * delegation, so what was stored for a member later removed from the plan is still read back. A delegation with a
 * stored settlement cannot be deleted until its settlement is.
 */
public interface SettlementRepository {
    /** The settlement of the delegation {@code delegationId}, empty when none was stored. */
    Optional<Settlement> find(long delegationId);

    /**
     * Stores {@code settlement} as the delegation's settlement, replacing what was stored, in one transaction: on any
     * failure the previous settlement stays as it was.
     *
     * @throws SettlementClosed when the books are closed (checked in the same transaction), nothing written
     */
    void save(long delegationId, Settlement settlement);

    /** Removes the delegation's settlement; false when there was none. */
    boolean delete(long delegationId);

    /** The delegation's closings, oldest first. */
    List<SettlementClosing> closings(long delegationId);

    /**
     * Freezes {@code closing} as the delegation's next closing (its number is the next one: 1 for the first), in one
     * transaction that checks the books are open and the stored settlement is still {@code closing.settlement()}.
     *
     * @return the new closing's number
     * @throws SettlementClosed when the books are already closed or the settlement was changed meanwhile; nothing written
     */
    int close(long delegationId, SettlementClosing closing);

    /** Stamps the closing in force as reopened; false when the books were not closed. */
    boolean reopen(long delegationId, Instant at, String by);
}
