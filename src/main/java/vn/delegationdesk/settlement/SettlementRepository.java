package vn.delegationdesk.settlement;

import java.util.Optional;

/**
 * Where each delegation's settlement is kept, whole (its advances, outcomes with their certified stays, actual lines
 * with their vouchers), keyed by the delegation's id. Members are named by their id inside the delegation, so what was
 * stored for a member later removed from the plan is still read back. A delegation with a stored settlement cannot be
 * deleted until its settlement is.
 */
public interface SettlementRepository {
    /** The settlement of the delegation {@code delegationId}, empty when none was stored. */
    Optional<Settlement> find(long delegationId);

    /**
     * Stores {@code settlement} as the delegation's settlement, replacing what was stored, in one transaction: on any
     * failure the previous settlement stays as it was.
     */
    void save(long delegationId, Settlement settlement);

    /** Removes the delegation's settlement; false when there was none. */
    boolean delete(long delegationId);
}
