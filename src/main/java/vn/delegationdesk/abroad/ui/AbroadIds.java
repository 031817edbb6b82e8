package vn.delegationdesk.abroad.ui;

/** Stable node ids of the tab "Đi nước ngoài"; UI tests find nodes by these. */
public final class AbroadIds {
    public static final String TAB = "editor-tab-abroad";
    public static final String PAGE = "abroad-page";
    public static final String OUTBOUND = "abroad-outbound";
    public static final String SAVE = "abroad-save";
    public static final String PAPERS = "abroad-papers";
    public static final String DIRTY = "abroad-dirty";
    public static final String STATUS = "abroad-status";
    public static final String STOP_ADD = "abroad-stop-add";
    public static final String LEG_ADD = "abroad-leg-add";
    /** Row fields are "abroad-stop-0-code", "abroad-leg-1-arrival", "abroad-passport-0-number"... */
    public static final String STOP = "abroad-stop-";
    public static final String LEG = "abroad-leg-";
    public static final String PASSPORT = "abroad-passport-";
    public static final String RATE_CURRENCY = "abroad-rate-currency";
    public static final String RATE_VALUE = "abroad-rate-value";
    public static final String RATE_DATE = "abroad-rate-date";
    public static final String RATE_SOURCE = "abroad-rate-source";
    public static final String RATE_SET = "abroad-rate-set";
    /** The card "Dự toán: giá vé và các khoản báo giá"; its fields are "abroad-input-fare-economy-amount",
     * "abroad-input-visa-currency"...; a member's flight class is "abroad-passport-0-class". */
    public static final String INPUTS = "abroad-inputs";
    public static final String INPUT = "abroad-input-";
    public static final String OTHER_COST = "abroad-other-cost-";
    public static final String OTHER_COST_ADD = "abroad-other-cost-add";
    public static final String CLEAR_OVERRIDES = "abroad-clear-overrides";
    public static final String PROBLEMS = "abroad-problems";
    public static final String WARNINGS = "abroad-warnings";
    public static final String CALENDAR = "abroad-calendar";
    public static final String LINES = "abroad-lines";
    public static final String TOTAL = "abroad-total";

    private AbroadIds() {
    }
}
