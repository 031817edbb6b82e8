package vn.delegationdesk.delegation.programme;

/** What happens in a programme slot. */
public enum ActivityKind {
    TRAVEL, CONFERENCE, FIELD_VISIT, WORKING_MEETING, OTHER
}
