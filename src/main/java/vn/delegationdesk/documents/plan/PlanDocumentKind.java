package vn.delegationdesk.documents.plan;

/** The documents of a plan: the plan itself with its task annex, and the periodic report of its results. */
public enum PlanDocumentKind {
    /** Kế hoạch with the annex "Danh mục nhiệm vụ". */
    PLAN,
    /** Báo cáo kết quả thực hiện Kế hoạch for a reporting period. */
    REPORT
}
