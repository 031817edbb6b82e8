package vn.delegationdesk.settlement;

/** Whether a member of the plan travelled. A member who withdrew or was replaced keeps the record, marked. */
public enum Attendance {
    WENT,
    WITHDREW,
    REPLACED
}
