package vn.delegationdesk.conferencedesk.ui;

/** Ids of the delegate list window's controls, for tests and accessibility tools. */
public final class DelegatePageIds {
    public static final String WINDOW = "delegates-window";
    public static final String TABLE = "delegates-table";
    public static final String FULL_NAME = "delegates-full-name";
    public static final String ADD = "delegates-add";
    public static final String EDIT = "delegates-edit";
    public static final String REMOVE = "delegates-remove";
    public static final String ADD_MEMBERS = "delegates-add-members";
    public static final String SAVE = "delegates-save";
    public static final String SIGN_IN = "delegates-sign-in";
    public static final String NAME_CARDS = "delegates-name-cards";
    public static final String BADGES = "delegates-badges";
    public static final String INVITATIONS = "delegates-invitations";
    public static final String SEATING = "delegates-seating";
    public static final String WARNINGS = "delegates-warnings";
    public static final String COUNTS = "delegates-counts";
    public static final String IMPORT = "delegates-import";
    public static final String IMPORT_DIALOG = "delegates-import-dialog";
    public static final String IMPORT_SUMMARY = "delegates-import-summary";
    public static final String IMPORT_ERROR = "delegates-import-error";
    public static final String IMPORT_REPLACE = "delegates-import-replace";
    public static final String IMPORT_PREVIEW = "delegates-import-preview";
    public static final String IMPORT_REJECTED = "delegates-import-rejected";
    public static final String IMPORT_NOTICES = "delegates-import-notices";
    public static final String IMPORT_CONFIRM = "delegates-import-confirm";
    /** The field chooser of column n of the imported sheet is IMPORT_FIELD_PREFIX + n. */
    public static final String IMPORT_FIELD_PREFIX = "delegates-import-field-";

    private DelegatePageIds() {
    }
}
