package vn.delegationdesk.delegation;

/** Where a delegation is in its life. */
public enum DelegationStatus {
    DRAFT, APPROVED, IN_PROGRESS, COMPLETED, CANCELLED
}
