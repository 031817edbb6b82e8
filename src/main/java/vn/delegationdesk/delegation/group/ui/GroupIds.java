package vn.delegationdesk.delegation.group.ui;

/** Stable node ids of the composition (groups and seats) tab; UI tests find nodes by these, never by visible text. */
public final class GroupIds {
    public static final String TAB_GROUPS = "editor-tab-groups";
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

    private GroupIds() {
    }
}
