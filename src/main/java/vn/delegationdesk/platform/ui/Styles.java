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
    /** The button of an action that cannot be undone ("Xóa đoàn"): never the default one. */
    public static final String DANGER_BUTTON = "dd-danger-button";
    /** The frame around a button that says why it is greyed ({@link Buttons#unavailableWhile}). */
    public static final String BUTTON_FRAME = "dd-button-frame";
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
    public static final String QUOTA_OVER = "dd-quota-over";
    public static final String CHIP_DANGER = "dd-chip-danger";

    /** The text of a table cell that wraps instead of being cut. */
    public static final String WRAP_TEXT = "dd-wrap-text";
    /** The label of a table cell that wraps to at most two lines, then ends in an ellipsis. */
    public static final String CLAMP_LABEL = "dd-clamp-label";
    public static final String DIALOG = "dd-dialog";
    /** A dialog holding a list beside a form (the body profiles): sized by its content, not by {@link #DIALOG}. */
    /** A form dialog with a wider field column than {@link #DIALOG} (the new delegation: body and signer). */
    public static final String WIDE_DIALOG = "dd-wide-dialog";
    public static final String LIST_FORM_DIALOG = "dd-list-form-dialog";
    /** A field whose value breaks a rule: red outline (see {@link FieldDecorations}). */
    public static final String INVALID = "dd-invalid";
    public static final String FORM_GRID = "dd-form-grid";
    public static final String BUTTON_ROW = "dd-button-row";
    public static final String TOOLBAR = "dd-toolbar";
    public static final String PROBLEMS = "dd-problems";
    public static final String WARNING_BAR = "dd-warning-bar";
    public static final String SAVE_STATE = "dd-save-state";
    public static final String NOTICE = "dd-notice";

    // programme and conference editors
    /** An editor page inside a tab: toolbar on top, content below. */
    public static final String EDITOR = "dd-editor";
    public static final String EDITOR_TOOLBAR = "dd-editor-toolbar";
    /** The side form of an editor (a card). */
    public static final String EDITOR_FORM = "dd-editor-form";
    public static final String EDITOR_FIELDS = "dd-editor-fields";
    /** A field's problem written under it, in the danger colour. */
    public static final String FORM_ERROR = "dd-form-error";
    public static final String SMALL_BUTTON = "dd-small-button";
    public static final String PROGRAMME_DAY = "dd-programme-day";
    public static final String PROGRAMME_DAY_OUTSIDE = "dd-programme-day-outside";
    public static final String PROGRAMME_LANES = "dd-programme-lanes";
    public static final String PROGRAMME_LANE_LABEL = "dd-programme-lane-label";
    /** An activity row; the pseudo-class {@code :selected} marks the selected one. */
    public static final String PROGRAMME_ROW = "dd-programme-row";
    public static final String PROGRAMME_ROW_FLAGGED = "dd-programme-row-flagged";
    public static final String CONFERENCE_SIDE = "dd-conference-side";
    public static final String CONFERENCE_LIST = "dd-conference-list";
    public static final String AGENDA_TABLE = "dd-agenda-table";

    // responsibilities and due list
    /** The responsibilities editor: the blocks table beside the selected block's form. */
    public static final String RESPONSIBILITY_EDITOR = "dd-responsibility-editor";
    /** A column of the editor (table or form) with its heading and buttons. */
    public static final String EDITOR_PANE = "dd-editor-pane";
    public static final String EDITOR_HEADER = "dd-editor-header";
    public static final String DUTY_TOOLBAR = "dd-duty-toolbar";
    public static final String DUTY_FORM = "dd-duty-form";
    /** The text under a field that says what is wrong with it. */
    public static final String FIELD_ERROR = "dd-field-error";
    /** The reason under a field ({@link FieldDecorations#reason}): small, close to its field. */
    public static final String FIELD_REASON = "dd-field-reason";
    /** A field with its reason under it. */
    public static final String FIELD_BOX = "dd-field-box";
    /** A table cell whose required value is missing ("(chưa nhập tên đơn vị)"). */
    public static final String MISSING_VALUE = "dd-missing-value";
    public static final String DUTY_LIST = "dd-duty-list";
    public static final String DUTY_NUMBER = "dd-duty-number";
    /** The "due soon" panel and its count badge. */
    public static final String DUE_SOON = "dd-due-soon";
    public static final String COUNT_BADGE = "dd-count-badge";
    public static final String COUNT_BADGE_ALERT = "dd-count-badge-alert";
    /** Rows of the due list: overdue (red) and due today (amber); the cell with "còn 3 ngày". */
    public static final String DUE_OVERDUE = "dd-due-overdue";
    public static final String DUE_TODAY = "dd-due-today";
    public static final String DUE_REMAINING = "dd-due-remaining";

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

    // budget
    /** The estimate's header: rate sets, lodging mode, stops. */
    public static final String ESTIMATE_HEADER = "dd-estimate-header";
    public static final String ESTIMATE_STOP = "dd-estimate-stop";
    /** The warnings of the estimate: amber, above the table. */
    public static final String ESTIMATE_WARNINGS = "dd-estimate-warnings";
    /** A section row of the estimate table ("I. Chi phí đi lại" and its subtotal). */
    public static final String ESTIMATE_SECTION_ROW = "dd-estimate-section";
    /** A line the user added. */
    public static final String ESTIMATE_MANUAL_ROW = "dd-estimate-manual";
    /** A cell with a figure: right-aligned, tabular. */
    public static final String NUMBER_CELL = "dd-number-cell";
    /** A cell centred in its column (STT). */
    public static final String CENTER_CELL = "dd-center-cell";
    /** The estimate's last message (a refused value, a written file), under the header. */
    public static final String ESTIMATE_NOTICE = "dd-estimate-notice";
    /** A cell whose computed value the user changed. */
    public static final String EDITED_CELL = "dd-edited-cell";
    public static final String ESTIMATE_FOOTER = "dd-estimate-footer";
    public static final String ESTIMATE_TOTAL = "dd-estimate-total";
    public static final String ESTIMATE_WORDS = "dd-estimate-words";
    public static final String RATE_SETS_DIALOG = "dd-rate-sets-dialog";

    // settlement after the trip
    /** A section's heading or the "Cộng" row of the settlement's tables. */
    public static final String SETTLEMENT_HEADING = "dd-settlement-heading";
    /** An estimate line whose actual cost is above the estimate (red), or below it (green). */
    public static final String SETTLEMENT_OVERRUN = "dd-settlement-overrun";
    public static final String SETTLEMENT_SAVING = "dd-settlement-saving";
    /** A member no longer in the plan, still on the settlement. */
    public static final String SETTLEMENT_GONE = "dd-settlement-gone";
    /** The padded column of a table with its form. */
    public static final String SETTLEMENT_FORM = "dd-settlement-form";

    // documents
    /** The desk the preview's page lies on: grey, so the white page shows its edges. */
    public static final String DOCUMENT_DESK = "dd-document-desk";
    /** The previewed page itself, with a shadow. */
    public static final String DOCUMENT_SHEET = "dd-document-sheet";
    /** A field's label above the field in the documents' settings. */
    public static final String DOCUMENT_FIELD = "dd-document-field";
    /** The documents tab's three columns (documents, preview, settings) with their dividers. */
    public static final String DOCUMENTS_SPLIT = "dd-documents-split";
    /** A document of the list: its tick and its name, which wraps. */
    public static final String DOCUMENT_ROW = "dd-document-row";
    /** The dialog comparing two revisions side by side: wide enough for three columns. */
    public static final String COMPARISON_DIALOG = "dd-comparison-dialog";
    /** A heading row of the revision comparison ("Kế hoạch", "Dự toán kinh phí"). */
    public static final String COMPARISON_HEADING = "dd-comparison-heading";

    private Styles() {
    }

    // The plans area (issue 17).
    public static final String PLAN_SWITCH = "dd-plan-switch";
    public static final String PLAN_FIGURES = "dd-plan-figures";
    public static final String PLAN_BELOW = "dd-plan-below";
    public static final String PLAN_WITHIN = "dd-plan-within";
    public static final String PLAN_ABOVE = "dd-plan-above";
    public static final String PLAN_CALENDAR = "dd-plan-calendar";
    public static final String PLAN_CAL_WEEKDAY = "dd-plan-cal-weekday";
    public static final String PLAN_CAL_DAY = "dd-plan-cal-day";
    public static final String PLAN_CAL_OUTSIDE = "dd-plan-cal-outside";
    public static final String PLAN_CAL_TODAY = "dd-plan-cal-today";
    public static final String PLAN_CAL_NUMBER = "dd-plan-cal-number";
    public static final String PLAN_CAL_ACTIVITY = "dd-plan-cal-activity";
    public static final String PLAN_CAL_REPORT = "dd-plan-cal-report";
    public static final String PLAN_CAL_TASK = "dd-plan-cal-task";
    public static final String PLAN_LINK = "dd-plan-link";
}
