package vn.delegationdesk.delegation.member.ui;

/** Stable node ids of the members tab; UI tests find nodes by these, never by visible text. */
public final class MemberIds {
    public static final String TAB_MEMBERS = "editor-tab-members";
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

    private MemberIds() {
    }
}
