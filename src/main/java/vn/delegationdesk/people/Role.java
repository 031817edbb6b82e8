package vn.delegationdesk.people;

/** What a person may do in the department's work on delegations; each role's Vietnamese name is {@code people.role.<NAME>}. */
public enum Role {
    /** Drafts the plan and submits it (soạn kế hoạch, trình duyệt). */
    ORGANISER,
    /** Keeps rate sets and estimates, appraises a submitted plan (tài chính, thẩm định). */
    FINANCE,
    /** Approves an appraised plan (lãnh đạo, phê duyệt). */
    LEADER
}
