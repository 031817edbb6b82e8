package vn.delegationdesk.delegation.approval;

/** What a line of a delegation's audit list records. */
public enum AuditAction {
    CREATED, SAVED, SUBMITTED, APPRAISED, APPROVED, RETURNED,
    /** Copied from a laptop onto this store; kept with the copy's record, never as an audit line of its own. */
    TRANSFERRED;

    /** The line's text (a message key; its argument is the entry's detail). */
    public String labelKey() {
        return switch (this) {
            case CREATED -> "approvals.audit.created";
            case SAVED -> "approvals.audit.saved";
            case SUBMITTED -> "approvals.audit.submitted";
            case APPRAISED -> "approvals.audit.appraised";
            case APPROVED -> "approvals.audit.approved";
            case RETURNED -> "approvals.audit.returned";
            case TRANSFERRED -> "approvals.audit.transferred";
        };
    }

    /** The line a step writes. */
    public static AuditAction of(ApprovalStep step) {
        return switch (step) {
            case SUBMIT -> SUBMITTED;
            case APPRAISE -> APPRAISED;
            case APPROVE -> APPROVED;
            case RETURN -> RETURNED;
        };
    }
}
