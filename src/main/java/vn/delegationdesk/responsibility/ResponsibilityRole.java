package vn.delegationdesk.responsibility;

/** "Chủ trì" (lead) or "Phối hợp" (coordinating). */
public enum ResponsibilityRole {
    LEAD, COORDINATING
}
