package vn.delegationdesk.documents.ui;

/** Stable node ids of the documents tab; UI tests find nodes by these. */
public final class DocumentIds {
    public static final String TAB_DOCUMENTS = "editor-tab-documents";
    public static final String PAGE = "documents-page";
    public static final String LIST = "documents-list";
    /** Followed by the kind: "documents-choose-PLAN". */
    public static final String CHOOSE = "documents-choose-";
    /** Followed by the kind: "documents-name-PLAN", the name that shows the document. */
    public static final String NAME = "documents-name-";
    public static final String MEMBER = "documents-member";
    public static final String SAVE_PDF = "documents-save-pdf";
    public static final String SAVE_WORD = "documents-save-word";
    public static final String OPEN = "documents-open";
    public static final String PRINT = "documents-print";
    public static final String NOTICE = "documents-notice";
    public static final String PREVIEW = "documents-preview";
    public static final String FIT_WIDTH = "documents-preview-fit-width";
    public static final String PREVIEW_TITLE = "documents-preview-title";
    public static final String PREVIEW_IMAGE = "documents-preview-image";
    public static final String PREVIEW_MESSAGE = "documents-preview-message";
    public static final String PREVIOUS_PAGE = "documents-previous-page";
    public static final String NEXT_PAGE = "documents-next-page";
    public static final String PAGE_LABEL = "documents-page-label";
    public static final String DECISION_NUMBER = "documents-decision-number";
    public static final String DECISION_DATE = "documents-decision-date";
    public static final String PROPOSER = "documents-proposer";
    public static final String RECIPIENTS = "documents-recipients";
    public static final String REPORT_NUMBER = "documents-report-number";
    public static final String REPORT_DATE = "documents-report-date";
    public static final String PROPOSAL_NUMBER = "documents-proposal-number";
    public static final String PROPOSAL_DATE = "documents-proposal-date";
    public static final String SPENDING = "documents-actual-spending";
    public static final String BUDGET_UNIT_CODE = "documents-budget-unit-code";
    public static final String DEPARTMENT = "documents-department";
    public static final String FIRST_ORDER_NUMBER = "documents-first-order-number";
    public static final String CONTACTS = "documents-contacts";
    public static final String APPROVER = "documents-approver";
    public static final String APPROVAL_NUMBER = "documents-approval-number";
    public static final String APPROVAL_DATE = "documents-approval-date";
    public static final String APPROVED_TOTAL = "documents-approved-total";
    public static final String APPROVAL_ERROR = "documents-approval-error";
    public static final String APPROVAL_WARNING = "documents-approval-warning";
    public static final String OVERVIEW_INFO = "documents-overview-info";

    private DocumentIds() {
    }
}
