package vn.delegationdesk.budget.ui;

/** Stable node ids of the estimate tab and the rate-set dialog; UI tests find nodes by these. */
public final class BudgetIds {
    public static final String TAB_ESTIMATE = "editor-tab-estimate";
    public static final String ESTIMATE = "estimate-page";
    public static final String NATIONAL = "estimate-rate-set";
    public static final String LOCAL = "estimate-local-rate-set";
    public static final String LODGING = "estimate-lodging-mode";
    public static final String RATE_INFO = "estimate-rate-info";
    public static final String STOPS = "estimate-stops";
    /** Followed by the stop's index: "estimate-stop-category-0". */
    public static final String STOP_CATEGORY = "estimate-stop-category-";
    public static final String STOP_HOST = "estimate-stop-host-";
    public static final String WARNINGS = "estimate-warnings";
    public static final String WARNING_LIST = "estimate-warning-list";
    public static final String TABLE = "estimate-table";
    /** The text field of the cell being edited. */
    public static final String CELL_EDITOR = "estimate-cell-editor";
    public static final String ADD_LINE = "estimate-add-line";
    public static final String RESTORE_LINE = "estimate-restore-line";
    public static final String REMOVE_LINE = "estimate-remove-line";
    public static final String REGENERATE = "estimate-regenerate";
    public static final String ADD_GROUNDS = "estimate-add-grounds";
    public static final String RATE_SETS = "estimate-rate-sets";
    public static final String EXPORT = "budget-export-excel";
    public static final String NOTICE = "estimate-notice";
    public static final String TOTAL_LABEL = "estimate-total-label";
    public static final String TOTAL = "estimate-total";
    public static final String TOTAL_IN_WORDS = "estimate-total-in-words";

    private BudgetIds() {
    }
}
