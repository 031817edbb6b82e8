package vn.delegationdesk.abroad;

import java.util.Optional;

/**
 * Where the outbound plans are kept, one per delegation, each with its {@link AbroadInputs}. A plan is written whole in
 * one transaction: when it fails, the plan kept before is unchanged. A plan goes with its delegation.
 */
public interface OutboundRepository {
    /** The plan of delegation {@code delegationId} and its inputs; empty when the delegation is domestic. */
    Optional<SavedOutbound> find(long delegationId);

    /** Replaces the plan of {@code plan.delegationId()} and its inputs, in one transaction. */
    void save(OutboundPlan plan, AbroadInputs inputs);

    /** Removes the plan of the delegation (it becomes domestic); false when it had none. */
    boolean delete(long delegationId);
}
