package vn.delegationdesk.delegation.approval;

/**
 * Where a delegation's plan is on its way to approval. A delegation with no trail yet is at {@link #DRAFT}. From
 * {@link #SUBMITTED} on, the stored plan is under review and cannot be saved until it is returned to the draft, except
 * that an approved plan's life status may move on (in progress, completed, cancelled).
 */
public enum ApprovalStage {
    /** Dự thảo: the organiser edits it. */
    DRAFT,
    /** Đã trình: waits for the finance office's appraisal. */
    SUBMITTED,
    /** Đã thẩm định: appraised by finance, waits for a leader. */
    APPRAISED,
    /** Đã phê duyệt: approved by a leader, with the approving body, number and date. */
    APPROVED;

    /** The name the window shows (a message key). */
    public String labelKey() {
        return switch (this) {
            case DRAFT -> "approvals.stage.draft";
            case SUBMITTED -> "approvals.stage.submitted";
            case APPRAISED -> "approvals.stage.appraised";
            case APPROVED -> "approvals.stage.approved";
        };
    }

    /** True from submission on: the plan as stored is what the reviewers look at. */
    public boolean underReview() {
        return this != DRAFT;
    }
}
