package vn.delegationdesk.delegation.editor;

/** Stable node ids of the delegation editor; UI tests find nodes by these, never by visible text. */
public final class EditorIds {
    public static final String DETAIL_PLACEHOLDER = "delegation-detail-placeholder";
    public static final String DETAIL_TITLE = "delegation-detail-title";
    public static final String EDITOR = "delegation-editor";
    public static final String TABS = "editor-tabs";
    public static final String SAVE = "editor-save";
    public static final String REVERT = "editor-revert";
    public static final String EDIT_MENU = "editor-edit-menu";
    public static final String UNDO = "editor-undo";
    public static final String REDO = "editor-redo";
    public static final String COPY = "editor-copy";
    public static final String DELETE = "editor-delete";
    public static final String NEW = "delegation-new";
    public static final String SAVE_STATE = "editor-save-state";
    public static final String PROBLEMS = "editor-problems";
    public static final String CONFLICTS = "editor-conflicts";
    public static final String NEWER_NOTICE = "editor-newer-notice";
    public static final String ROLE_NOTICE = "editor-role-notice";
    public static final String NEWER_SHOW = "editor-newer-show";
    public static final String VERSION_DIALOG = "version-conflict-dialog";
    public static final String VERSION_MESSAGE = "version-conflict-message";
    public static final String VERSION_DIFFERENCES = "version-conflict-differences";
    public static final String VERSION_RELOAD = "version-conflict-reload";
    public static final String VERSION_KEEP_MINE = "version-conflict-keep-mine";
    public static final String VERSION_CANCEL = "version-conflict-cancel";

    public static final String NEW_DIALOG = "new-delegation-dialog";
    public static final String NEW_TITLE = "new-delegation-title";
    public static final String NEW_START = "new-delegation-start";
    public static final String NEW_END = "new-delegation-end";
    public static final String NEW_WITH_MEMBERS = "new-delegation-with-members";
    public static final String HEADER = "editor-header";
    public static final String NEW_BODY = "new-delegation-body";
    public static final String NEW_SIGNER = "new-delegation-signer";
    public static final String NEW_WITH_BASIS = "new-delegation-with-basis";
    public static final String NEW_BODY_PREVIEW = "new-delegation-body-preview";
    public static final String NEW_MANAGE_BODIES = "new-delegation-manage-bodies";
    public static final String NEW_PROBLEM = "new-delegation-problem";
    public static final String NEW_CONFIRM = "new-delegation-confirm";

    private EditorIds() {
    }
}
