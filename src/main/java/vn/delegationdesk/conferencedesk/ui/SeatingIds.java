package vn.delegationdesk.conferencedesk.ui;

import vn.delegationdesk.conferencedesk.Seat;

/** Ids of the seating window's controls, for tests and accessibility tools. */
public final class SeatingIds {
    public static final String WINDOW = "seating-window";
    public static final String KIND = "seating-kind";
    public static final String HEAD_SEATS = "seating-head-seats";
    public static final String ROWS = "seating-rows";
    public static final String SEATS_PER_ROW = "seating-seats-per-row";
    public static final String ARRANGE = "seating-arrange";
    public static final String SAVE = "seating-save";
    public static final String PRINT = "seating-print";
    public static final String COUNTS = "seating-counts";
    public static final String HEAD_TABLE = "seating-head-table";
    public static final String HALL = "seating-hall";
    public static final String UNSEATED = "seating-unseated";
    public static final String SELECTED = "seating-selected";
    public static final String TARGET = "seating-target";
    public static final String MOVE = "seating-move";
    public static final String UNSEAT = "seating-unseat";
    public static final String WARNINGS = "seating-warnings";
    public static final String PROBLEMS = "seating-problems";
    public static final String NOTICE = "seating-notice";

    private SeatingIds() {
    }

    /** "seat-0-3" for the head table's seat 3, "seat-2-5" for seat 5 of hall row 2. */
    public static String seat(Seat seat) {
        return "seat-" + seat.row() + "-" + seat.number();
    }
}
