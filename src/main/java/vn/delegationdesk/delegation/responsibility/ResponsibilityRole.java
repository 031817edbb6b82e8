package vn.delegationdesk.delegation.responsibility;

/** "Chủ trì" (lead) or "Phối hợp" (coordinating). */
public enum ResponsibilityRole {
    LEAD, COORDINATING
}
