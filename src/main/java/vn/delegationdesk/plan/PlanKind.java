package vn.delegationdesk.plan;

/** What kind of document a plan is; each kind's Vietnamese name is {@link #labelKey()}. */
public enum PlanKind {
    /** Kế hoạch năm of a body's own work (seed 002: the year's programme in a network). */
    ANNUAL_PLAN,
    /** Kế hoạch thực hiện / triển khai a higher document (seeds 001, 003, 004). */
    IMPLEMENTATION_PLAN,
    /** Chương trình (a programme of several years or of a network). */
    PROGRAMME;

    public String labelKey() {
        return switch (this) {
            case ANNUAL_PLAN -> "plan.kind.annual";
            case IMPLEMENTATION_PLAN -> "plan.kind.implementation";
            case PROGRAMME -> "plan.kind.programme";
        };
    }
}
