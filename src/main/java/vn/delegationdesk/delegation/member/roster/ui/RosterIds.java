package vn.delegationdesk.delegation.member.roster.ui;

/** Stable node ids of the member import dialog; UI tests find nodes by these, never by visible text. */
public final class RosterIds {
    public static final String DIALOG = "member-import-dialog";
    public static final String CONFIRM = "member-import-confirm";
    public static final String CANCEL = "member-import-cancel";
    public static final String FILE = "member-import-file";
    public static final String PROGRESS = "member-import-progress";
    public static final String ERROR = "member-import-error";
    public static final String MAPPING_TABLE = "member-import-mapping";
    /** Followed by the 0-based column index: the field chooser of that column. */
    public static final String FIELD_CHOICE_PREFIX = "member-import-field-";
    public static final String SUMMARY = "member-import-summary";
    public static final String TABS = "member-import-tabs";
    public static final String PREVIEW_TABLE = "member-import-preview";
    public static final String REJECTED_LIST = "member-import-rejected-list";
    public static final String NOTICE_LIST = "member-import-notice-list";

    private RosterIds() {
    }
}
