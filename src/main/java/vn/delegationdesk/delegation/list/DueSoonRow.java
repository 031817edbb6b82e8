package vn.delegationdesk.delegation.list;

/**
 * One open responsibility in the "due soon" list, as shown: {@code due} is "Hạn: Thứ Sáu, 10/10/2025",
 * {@code date} the same day without the prefix (the table's column says "Hạn"), {@code remaining}
 * "còn 3 ngày", "hôm nay" or "quá hạn 2 ngày". {@code position} is the block's index in its delegation. A plan's task or
 * report deadline has its plan's id in {@code planId} (null for a delegation's item) and -1 as {@code delegationId}.
 */
public record DueSoonRow(long delegationId, int position, DueSoonRow.Urgency urgency, String due, String date,
        String remaining, String unit, String role, String firstDuty, String delegationTitle, String status,
        String accessibleText, Long planId) {

    /** A delegation's responsibility. */
    public DueSoonRow(long delegationId, int position, DueSoonRow.Urgency urgency, String due, String date, String remaining,
            String unit, String role, String firstDuty, String delegationTitle, String status, String accessibleText) {
        this(delegationId, position, urgency, due, date, remaining, unit, role, firstDuty, delegationTitle, status, accessibleText,
                null);
    }

    /** Whether the item is a plan's (a task or a report deadline) rather than a delegation's. */
    public boolean isPlan() {
        return planId != null;
    }

    /** How pressing the item is: the view colours overdue items red and today's amber. */
    public enum Urgency {
        OVERDUE, TODAY, SOON
    }
}
