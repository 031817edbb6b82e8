package vn.delegationdesk.delegation.conference.ui;

/** Stable node ids of the conference editor; UI tests find nodes by these, never by visible text. */
public final class ConferenceIds {
    public static final String TAB_CONFERENCES = "editor-tab-conferences";
    public static final String EDITOR = "conference-editor";
    public static final String LIST = "conference-list";
    public static final String ADD = "conference-add";
    public static final String DELETE = "conference-delete";
    public static final String FORM = "conference-form";
    public static final String TITLE = "conference-title";
    public static final String SLOT = "conference-slot";
    public static final String VENUE = "conference-venue";
    public static final String VENUE_STANDARD = "conference-venue-standard";
    public static final String EXPECTED_DELEGATES = "conference-expected-delegates";
    public static final String CO_ORGANISER = "conference-co-organiser";
    public static final String AGENDA_TABLE = "conference-agenda-table";
    public static final String AGENDA_ADD = "conference-agenda-add";
    public static final String AGENDA_DELETE = "conference-agenda-delete";
    public static final String AGENDA_UP = "conference-agenda-up";
    public static final String AGENDA_DOWN = "conference-agenda-down";
    public static final String AGENDA_ERROR = "conference-agenda-error";
    public static final String DESK_SUMMARY = "conference-desk-summary";
    public static final String DESK_DELEGATES = "conference-desk-delegates";
    public static final String DESK_CHECK_IN = "conference-desk-check-in";

    private ConferenceIds() {
    }
}
