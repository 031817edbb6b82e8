package vn.delegationdesk.settlement;

/**
 * What an actual cost pays for, which decides the rule it is settled by and its column of the Bảng kê C17-HD:
 * tickets (column 1), vehicles hired by a member (column 2), rooms (column 4); a DIRECT cost is paid by the unit to
 * the supplier (car hire of the delegation, the conference hall) and belongs to no member's row.
 */
public enum ExpenseKind {
    TICKET,
    VEHICLE,
    ROOM,
    DIRECT
}
