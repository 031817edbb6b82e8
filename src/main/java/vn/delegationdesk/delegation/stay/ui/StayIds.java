package vn.delegationdesk.delegation.stay.ui;

/** Stable node ids of the stay ("Lưu trú") tab; UI tests find nodes by these, never by visible text. */
public final class StayIds {
    public static final String TAB_STAY = "editor-tab-stay";
    public static final String NIGHTS_TABLE = "stay-nights-table";
    public static final String STATUS = "stay-status";
    public static final String RESET = "stay-reset";
    public static final String NIGHT = "stay-night";
    public static final String PLACE = "stay-place";
    public static final String HOTEL = "stay-hotel";
    public static final String ADDRESS = "stay-address";
    public static final String PHONE = "stay-phone";
    public static final String HOST_PROVIDES = "stay-host-provides";
    public static final String WHOLE_STAY = "stay-whole-stay";
    public static final String STAYS = "stay-stays";
    public static final String PROBLEMS = "stay-problems";

    private StayIds() {
    }
}
