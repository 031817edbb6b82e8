package vn.delegationdesk.documents;

/** The documents of a delegation's pack, in the order the documents screen and {@code render} list them. */
public enum DocumentKind {
    /** Kế hoạch (the plan, seed 000). */
    PLAN,
    /** Quyết định cử đoàn with its annex Danh sách thành viên đoàn. */
    DECISION,
    /** Giấy đi đường, form C16-HD, one page per member. */
    TRAVEL_ORDERS,
    /** Chương trình: the leader's day-by-day itinerary. */
    ITINERARY,
    /** Dự toán kinh phí, the same figures as the Excel export. */
    ESTIMATE,
    /** Danh sách đoàn for the hotel and the airline: rooming pairs, ID numbers (personal data). */
    MEMBER_LIST,
    /** Báo cáo kết quả: the results report skeleton. */
    RESULTS_REPORT
}
