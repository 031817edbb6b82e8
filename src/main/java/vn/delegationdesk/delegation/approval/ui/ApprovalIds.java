package vn.delegationdesk.delegation.approval.ui;

/** Node ids of the "Phê duyệt" tab and its dialogs, for UI tests. */
public final class ApprovalIds {
    public static final String TAB = "tab-approval";
    public static final String STAGE = "approval-stage";
    public static final String STAGE_DETAIL = "approval-stage-detail";
    public static final String USER = "approval-user";
    public static final String SUBMIT = "approval-submit";
    public static final String APPRAISE = "approval-appraise";
    public static final String APPROVE = "approval-approve";
    public static final String RETURN = "approval-return";
    public static final String HISTORY = "approval-history";
    public static final String DIALOG = "approval-dialog";
    public static final String BODY = "approval-body";
    public static final String NUMBER = "approval-number";
    public static final String DATE = "approval-date";
    public static final String REASON = "approval-reason";
    public static final String PROBLEMS = "approval-problems";
    public static final String CONFIRM = "approval-confirm";
    public static final String REVISIONS = "approval-revisions";
    public static final String COMPARE = "approval-compare";
    public static final String SAVE_CHOSEN = "approval-save-chosen";
    public static final String SAVE_APPROVED = "approval-save-approved";
    public static final String COMPARISON_DIALOG = "approval-comparison";
    public static final String COMPARISON_TABLE = "approval-comparison-table";
    public static final String COMPARISON_SUMMARY = "approval-comparison-summary";

    private ApprovalIds() {
    }
}
