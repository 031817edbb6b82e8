package vn.delegationdesk.delegation.approval;

import java.time.Instant;
import java.util.Objects;

/** A delegation's place on the trail: its stage, the approval once approved, and who moved it there and when. */
public record ApprovalState(ApprovalStage stage, ApprovalDecision decision, String changedBy, Instant changedAt) {
    /** A delegation with no trail yet. */
    public static final ApprovalState NONE = new ApprovalState(ApprovalStage.DRAFT, null, null, null);

    public ApprovalState {
        Objects.requireNonNull(stage, "stage");
    }
}
