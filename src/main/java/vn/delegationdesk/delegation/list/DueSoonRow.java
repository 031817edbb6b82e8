package vn.delegationdesk.delegation.list;

/**
 * One open responsibility in the "due soon" list, as shown: {@code due} is "Hạn: Thứ Sáu, 10/10/2025",
 * {@code date} the same day without the prefix (the table's column says "Hạn"), {@code remaining}
 * "còn 3 ngày", "hôm nay" or "quá hạn 2 ngày". {@code position} is the block's index in its delegation.
 */
public record DueSoonRow(long delegationId, int position, DueSoonRow.Urgency urgency, String due, String date,
        String remaining, String unit, String role, String firstDuty, String delegationTitle, String status,
        String accessibleText) {

    /** How pressing the item is: the view colours overdue items red and today's amber. */
    public enum Urgency {
        OVERDUE, TODAY, SOON
    }
}
