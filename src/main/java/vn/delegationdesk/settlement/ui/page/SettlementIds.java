package vn.delegationdesk.settlement.ui.page;

/** Stable node ids of the settlement tab; UI tests find nodes by these. */
public final class SettlementIds {
    public static final String TAB = "editor-tab-settlement";
    public static final String PAGE = "settlement-page";
    public static final String DATE = "settlement-date";
    public static final String BOOKS = "settlement-books";
    public static final String CLOSE = "settlement-close";
    public static final String REOPEN = "settlement-reopen";
    public static final String EXPORT = "settlement-export";
    /** The last notice, else the first problem that stops saving (all of them in its tooltip). */
    public static final String NOTICE = "settlement-notice";
    public static final String SECTIONS = "settlement-sections";
    public static final String SECTION_ADVANCES = "settlement-section-advances";
    public static final String SECTION_MEMBERS = "settlement-section-members";
    public static final String SECTION_LINES = "settlement-section-lines";
    public static final String SECTION_SHEET = "settlement-section-sheet";
    public static final String SECTION_COMPARISON = "settlement-section-comparison";

    public static final String ADVANCES = "settlement-advances";
    public static final String ADVANCE_ADD = "settlement-advance-add";
    public static final String ADVANCE_REMOVE = "settlement-advance-remove";
    public static final String ADVANCE_MEMBER = "settlement-advance-member";
    public static final String ADVANCE_DATE = "settlement-advance-date";
    public static final String ADVANCE_VOUCHER = "settlement-advance-voucher";
    public static final String ADVANCE_AMOUNT = "settlement-advance-amount";

    public static final String MEMBERS = "settlement-members";
    public static final String ATTENDANCE = "settlement-attendance";
    public static final String REPLACEMENT = "settlement-replacement";
    public static final String STAYS = "settlement-stays";
    public static final String STAYS_FROM_PLAN = "settlement-stays-from-plan";
    /** "Cả đoàn theo lịch trình": the plan's legs for every member who went without stays. */
    /** The "Các lần khóa sổ" section and its table. */
    public static final String SECTION_CLOSINGS = "settlement-section-closings";
    public static final String CLOSINGS = "settlement-closings";
    public static final String STAYS_ALL_FROM_PLAN = "settlement-stays-all-from-plan";
    public static final String STAY_ADD = "settlement-stay-add";
    public static final String STAY_REMOVE = "settlement-stay-remove";
    public static final String STAY_PLACE = "settlement-stay-place";
    public static final String STAY_FROM = "settlement-stay-from";
    public static final String STAY_TO = "settlement-stay-to";

    public static final String LINES = "settlement-lines";
    public static final String LINE_ADD = "settlement-line-add";
    public static final String LINE_REMOVE = "settlement-line-remove";
    public static final String LINE_KIND = "settlement-line-kind";
    public static final String LINE_CONTENT = "settlement-line-content";
    public static final String LINE_ESTIMATE = "settlement-line-estimate";
    public static final String LINE_MEMBER = "settlement-line-member";
    public static final String LINE_MEMBER_2 = "settlement-line-member-2";
    public static final String LINE_STOP = "settlement-line-stop";
    public static final String LINE_NIGHTS = "settlement-line-nights";
    public static final String LINE_CLASS = "settlement-line-class";
    public static final String LINE_FARE = "settlement-line-fare";
    public static final String LINE_COST = "settlement-line-cost";
    public static final String LINE_ATTENDANCE = "settlement-line-attendance";
    public static final String LINE_USE_ATTENDANCE = "settlement-line-use-attendance";
    public static final String VOUCHERS = "settlement-vouchers";
    public static final String VOUCHER_ADD = "settlement-voucher-add";
    public static final String VOUCHER_REMOVE = "settlement-voucher-remove";
    public static final String VOUCHER_KIND = "settlement-voucher-kind";
    public static final String VOUCHER_NUMBER = "settlement-voucher-number";
    public static final String VOUCHER_DATE = "settlement-voucher-date";
    public static final String VOUCHER_SUPPLIER = "settlement-voucher-supplier";
    public static final String VOUCHER_AMOUNT = "settlement-voucher-amount";
    /** The files of the selected voucher and their actions. */
    public static final String FILES = "settlement-files";
    public static final String FILE_ATTACH = "settlement-file-attach";
    public static final String FILE_SAVE = "settlement-file-save";
    public static final String FILE_REMOVE = "settlement-file-remove";
    /** "Tệp không còn chứng từ", under the cost lines while there are any. */
    public static final String ORPHANS = "settlement-orphan-files";
    public static final String ORPHAN_SAVE = "settlement-orphan-save";
    public static final String ORPHAN_REMOVE = "settlement-orphan-remove";

    public static final String SHEET = "settlement-sheet";
    /** "Cộng 3.000.000 đ · đã tạm ứng …" under the Bảng kê. */
    public static final String SHEET_TOTALS = "settlement-sheet-totals";
    public static final String SHEET_WORDS = "settlement-sheet-words";
    public static final String WARNINGS = "settlement-warnings";
    public static final String DISALLOWED = "settlement-disallowed";
    public static final String COMPARISON = "settlement-comparison";
    public static final String COMPARISON_TOTAL = "settlement-comparison-total";
    public static final String COMPARISON_WORDS = "settlement-comparison-words";

    private SettlementIds() {
    }
}
