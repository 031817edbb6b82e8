package vn.delegationdesk.delegation.list;

/** Stable node ids of the delegation views; UI tests find nodes by these, never by visible text. */
public final class DelegationIds {
    public static final String DUE_SOON_VIEW = "due-soon-view";
    public static final String DUE_SOON_TABLE = "due-soon-table";
    public static final String DUE_SOON_COUNT = "due-soon-count";
    public static final String DUE_SOON_RELOAD = "due-soon-reload";
    public static final String SEARCH = "delegation-search";
    public static final String TABLE = "delegation-table";
    public static final String EMPTY_STORE_PANE = "empty-store-pane";
    public static final String CREATE_SAMPLE_BUTTON = "create-sample-button";
    public static final String CREATE_NEW_BUTTON = "create-new-button";

    private DelegationIds() {
    }
}
