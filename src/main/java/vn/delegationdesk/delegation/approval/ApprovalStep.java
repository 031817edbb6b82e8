package vn.delegationdesk.delegation.approval;

import vn.delegationdesk.people.Role;

/** A move along the approval trail: from which stage, to which, and the role it needs. */
public enum ApprovalStep {
    /** Trình duyệt: the organiser submits the draft. */
    SUBMIT,
    /** Thẩm định: the finance office appraises the submitted plan and its estimate. */
    APPRAISE,
    /** Phê duyệt: a leader approves the appraised plan. */
    APPROVE,
    /** Trả lại: back to the draft with a reason, from any later stage. */
    RETURN;

    /** Whether this step can be taken from {@code stage}. */
    public boolean startsAt(ApprovalStage stage) {
        return switch (this) {
            case SUBMIT -> stage == ApprovalStage.DRAFT;
            case APPRAISE -> stage == ApprovalStage.SUBMITTED;
            case APPROVE -> stage == ApprovalStage.APPRAISED;
            case RETURN -> stage != ApprovalStage.DRAFT;
        };
    }

    /** The stage the step leads to. */
    public ApprovalStage target() {
        return switch (this) {
            case SUBMIT -> ApprovalStage.SUBMITTED;
            case APPRAISE -> ApprovalStage.APPRAISED;
            case APPROVE -> ApprovalStage.APPROVED;
            case RETURN -> ApprovalStage.DRAFT;
        };
    }

    /**
     * The role the step needs at {@code stage}: the organiser submits, finance appraises and returns what was submitted
     * to it, a leader approves and returns what was appraised or approved.
     */
    public Role role(ApprovalStage stage) {
        return switch (this) {
            case SUBMIT -> Role.ORGANISER;
            case APPRAISE -> Role.FINANCE;
            case APPROVE -> Role.LEADER;
            case RETURN -> stage == ApprovalStage.SUBMITTED ? Role.FINANCE : Role.LEADER;
        };
    }

    /** The step's name as a button and in refusals (a message key). */
    public String labelKey() {
        return switch (this) {
            case SUBMIT -> "approvals.step.submit";
            case APPRAISE -> "approvals.step.appraise";
            case APPROVE -> "approvals.step.approve";
            case RETURN -> "approvals.step.return";
        };
    }
}
