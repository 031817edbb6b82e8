package vn.delegationdesk.delegation.approval.ui;

/** One line of the audit list as the window shows it: when, who, what. */
public record AuditRow(String when, String who, String what) {
}
