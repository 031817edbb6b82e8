package vn.delegationdesk.plan;

/** How often a report is due: every half year, every year, every quarter, or once on a date. */
public enum ReportFrequency {
    /** "06 tháng (trước ngày 20/6)": once a year, for the first half, before the day given. */
    SEMIANNUAL,
    /** "hằng năm (trước ngày 30/11)". */
    ANNUAL,
    /** Each quarter, before the day given counted in the quarter's last month. */
    QUARTERLY,
    /** One report, on its own date (a "sơ kết", a "tổng kết"). */
    ONCE;

    public String labelKey() {
        return switch (this) {
            case SEMIANNUAL -> "plan.report.semiannual";
            case ANNUAL -> "plan.report.annual";
            case QUARTERLY -> "plan.report.quarterly";
            case ONCE -> "plan.report.once";
        };
    }
}
