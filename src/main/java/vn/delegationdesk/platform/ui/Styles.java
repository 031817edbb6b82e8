package vn.delegationdesk.platform.ui;

/**
 * Style-class names defined in {@code theme.css}. Views add these classes and never set inline styles;
 * colours, spacing and type sizes live in the stylesheet only.
 */
public final class Styles {
    /** The scene root: tokens and the base font. */
    public static final String ROOT = "dd-root";
    public static final String TOP_BAR = "dd-top-bar";
    public static final String APP_TITLE = "dd-app-title";
    public static final String APP_SUBTITLE = "dd-app-subtitle";
    public static final String SEARCH_FIELD = "dd-search-field";
    public static final String SEARCH_ICON = "dd-search-icon";
    public static final String SEARCH_ICON_BOX = "dd-search-icon-box";
    public static final String STATUS_BAR = "dd-status-bar";
    public static final String BUSY_INDICATOR = "dd-busy-indicator";
    public static final String CONTENT = "dd-content";
    public static final String STATE_PANE = "dd-state-pane";
    public static final String STATE_TITLE = "dd-state-title";
    public static final String STATE_MESSAGE = "dd-state-message";
    public static final String PRIMARY_BUTTON = "dd-primary-button";
    public static final String PLACEHOLDER = "dd-placeholder";
    public static final String WORKSPACE = "dd-workspace";

    public static final String DETAIL_HEADER = "dd-detail-header";
    public static final String DETAIL_TITLE = "dd-detail-title";
    public static final String DETAIL_SUBTITLE = "dd-detail-subtitle";
    public static final String DETAIL_TABS = "dd-detail-tabs";
    /** A scrolling page inside a tab; its content has the page padding. */
    public static final String PAGE = "dd-page";
    public static final String PAGE_CONTENT = "dd-page-content";
    public static final String SECTION_TITLE = "dd-section-title";
    public static final String CARD = "dd-card";
    public static final String CARD_TITLE = "dd-card-title";
    public static final String CARD_ROWS = "dd-card-rows";
    public static final String FIELD_GRID = "dd-field-grid";
    public static final String FIELD_LABEL = "dd-field-label";
    public static final String FIELD_VALUE = "dd-field-value";
    public static final String TEXT = "dd-text";
    public static final String MUTED = "dd-muted";
    public static final String ACCENT_TEXT = "dd-accent-text";
    public static final String LIST_ROWS = "dd-list-rows";

    public static final String CHIP = "dd-chip";
    public static final String CHIP_ACCENT = "dd-chip-accent";
    public static final String CHIP_SUCCESS = "dd-chip-success";
    public static final String CHIP_WARNING = "dd-chip-warning";
    public static final String CHIP_NEUTRAL = "dd-chip-neutral";

    public static final String QUOTA_COMPLETE = "dd-quota-complete";
    public static final String QUOTA_SHORT = "dd-quota-short";

    /** The text of a table cell that wraps instead of being cut. */
    public static final String WRAP_TEXT = "dd-wrap-text";
    /** The label of a table cell that wraps to at most two lines, then ends in an ellipsis. */
    public static final String CLAMP_LABEL = "dd-clamp-label";
    public static final String DIALOG = "dd-dialog";
    /** A field whose value breaks a rule: red outline (see {@link FieldDecorations}). */
    public static final String INVALID = "dd-invalid";

    // roster
    /** The member import dialog: its size and spacing. */
    public static final String ROSTER_DIALOG = "dd-roster-dialog";
    public static final String ROSTER_BODY = "dd-roster-body";
    public static final String ROSTER_HEADING_ROW = "dd-roster-heading-row";
    /** A sentence in the danger colour: why a file could not be read. */
    public static final String ROSTER_ERROR = "dd-roster-error";
    /** The counts line of the import preview. */
    public static final String ROSTER_SUMMARY = "dd-roster-summary";
    /** One rejected row with its reasons. */
    public static final String ROSTER_REJECTED_ROW = "dd-roster-rejected-row";

    private Styles() {
    }
}
