package vn.delegationdesk.delegation.editor;

/** Stable node ids of the delegation editor; UI tests find nodes by these, never by visible text. */
public final class EditorIds {
    public static final String EDITOR = "delegation-editor";
    public static final String TABS = "editor-tabs";
    public static final String SAVE = "editor-save";
    public static final String REVERT = "editor-revert";
    public static final String COPY = "editor-copy";
    public static final String DELETE = "editor-delete";
    public static final String NEW = "delegation-new";
    public static final String SAVE_STATE = "editor-save-state";
    public static final String PROBLEMS = "editor-problems";
    public static final String PROBLEM_LIST = "editor-problem-list";
    public static final String CONFLICTS = "editor-conflicts";

    public static final String TAB_OVERVIEW = "editor-tab-overview";
    public static final String TAB_MEMBERS = "editor-tab-members";
    public static final String TAB_GROUPS = "editor-tab-groups";
    public static final String TAB_PROGRAMME = "editor-tab-programme";
    public static final String TAB_CONFERENCES = "editor-tab-conferences";
    public static final String TAB_RESPONSIBILITIES = "editor-tab-responsibilities";

    public static final String OVERVIEW = "overview-editor";
    public static final String TITLE = "overview-title";
    public static final String STATUS = "overview-status";
    public static final String PARENT_BODY = "overview-parent-body";
    public static final String BODY_NAME = "overview-body-name";
    public static final String ABBREVIATION = "overview-abbreviation";
    public static final String DOCUMENT_NUMBER = "overview-document-number";
    public static final String DOCUMENT_SYMBOL = "overview-document-symbol";
    public static final String DOCUMENT_PLACE = "overview-document-place";
    public static final String DOCUMENT_DATE = "overview-document-date";
    public static final String START_DATE = "overview-start-date";
    public static final String END_DATE = "overview-end-date";
    public static final String DEPARTURE = "overview-departure";
    public static final String PLANNED_SIZE = "overview-planned-size";
    public static final String LEGS_TABLE = "legs-table";
    public static final String LEG_ADD = "leg-add";
    public static final String LEG_REMOVE = "leg-remove";
    public static final String LEG_UP = "leg-up";
    public static final String LEG_DOWN = "leg-down";
    public static final String LEG_PLACE = "leg-place";
    public static final String LEG_CITY = "leg-city";
    public static final String LEG_START = "leg-start";
    public static final String LEG_END = "leg-end";
    public static final String LEG_SUMMARY = "leg-summary";
    public static final String LEGAL_BASES_TABLE = "legal-bases-table";
    public static final String LEGAL_BASIS_ADD = "legal-basis-add";
    public static final String LEGAL_BASIS_REMOVE = "legal-basis-remove";
    public static final String LEGAL_BASIS_UP = "legal-basis-up";
    public static final String LEGAL_BASIS_DOWN = "legal-basis-down";
    public static final String LEGAL_BASIS_KIND = "legal-basis-kind";
    public static final String LEGAL_BASIS_NUMBER = "legal-basis-number";
    public static final String LEGAL_BASIS_DATE = "legal-basis-date";
    public static final String LEGAL_BASIS_ISSUER = "legal-basis-issuer";
    public static final String LEGAL_BASIS_SUBJECT = "legal-basis-subject";
    public static final String PURPOSES = "purposes";
    public static final String TOPICS = "exchange-topics";
    public static final String RECIPIENTS = "recipients";
    public static final String TRANSPORT_PREFIX = "transport-";
    public static final String FUNDING = "overview-funding";
    public static final String SIGNER_PREFIX = "signer-prefix";
    public static final String SIGNER_PRINCIPAL = "signer-principal";
    public static final String SIGNER_TITLE = "signer-title";
    public static final String SIGNER_NAME = "signer-name";

    public static final String MEMBERS_TABLE = "members-editor-table";
    public static final String MEMBERS_FILTER = "members-filter";
    public static final String MEMBERS_COUNT = "members-count";
    public static final String MEMBER_ADD = "member-add";
    public static final String MEMBER_REMOVE = "member-remove";
    public static final String MEMBERS_IMPORT = "members-import";
    public static final String MEMBERS_EXPORT = "members-export";
    public static final String MEMBERS_NOTICE = "members-notice";
    public static final String QUOTA_PANEL = "quota-panel";
    public static final String HEAD_STATUS = "head-status";

    public static final String GROUPS_TABLE = "groups-table";
    public static final String GROUP_ADD = "group-add";
    public static final String GROUP_REMOVE = "group-remove";
    public static final String GROUP_UP = "group-up";
    public static final String GROUP_DOWN = "group-down";
    public static final String GROUP_NAME = "group-name";
    public static final String GROUP_DESCRIPTION = "group-description";
    public static final String QUOTAS_TABLE = "quotas-table";
    public static final String QUOTA_ADD = "quota-add";
    public static final String QUOTA_REMOVE = "quota-remove";

    public static final String NEW_DIALOG = "new-delegation-dialog";
    public static final String NEW_TITLE = "new-delegation-title";
    public static final String NEW_START = "new-delegation-start";
    public static final String NEW_END = "new-delegation-end";
    public static final String NEW_WITH_MEMBERS = "new-delegation-with-members";
    public static final String NEW_CONFIRM = "new-delegation-confirm";

    private EditorIds() {
    }
}
