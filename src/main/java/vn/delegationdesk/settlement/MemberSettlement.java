package vn.delegationdesk.settlement;

/**
 * One row of the Bảng kê thanh toán công tác phí (C17-HD), in whole đồng: tickets (column 1), vehicles (2), per diem
 * (3), lodging (4), their sum (5), the advance (6) and what follows, either to return (7, "nộp trả lại") or still to
 * receive (8, "còn được nhận"). {@code inDelegation} is false for a member no longer in the plan who still has an
 * advance or a record: such a member stays on the sheet, marked, with nothing owed to them. {@code days} are the days
 * certified (both ends included), {@code nights} the nights paid by flat allowance; {@code disallowed} is this member's
 * share of what is not reimbursed.
 */
public record MemberSettlement(String memberId, String fullName, String unit, Attendance attendance, boolean inDelegation,
        long days, long nights, long tickets, long vehicles, long perDiem, long lodging, long advanced, long disallowed) {

    /** Column 5: what the member is entitled to. */
    public long total() {
        return Math.addExact(Math.addExact(tickets, vehicles), Math.addExact(perDiem, lodging));
    }

    /** Column 7: the advance beyond the entitlement, to be paid back. */
    public long toReturn() {
        return Math.max(0, Math.subtractExact(advanced, total()));
    }

    /** Column 8: the entitlement beyond the advance, still to be paid out. */
    public long toReceive() {
        return Math.max(0, Math.subtractExact(total(), advanced));
    }
}
