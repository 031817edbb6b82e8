package vn.delegationdesk.budget.rates.ui;

/** Node ids of the rate-set dialogs, for tests and styling. */
public final class RateSetIds {
    public static final String RATE_SETS_DIALOG = "rate-sets-dialog";
    public static final String RATE_SET_ADD = "rate-set-add";
    public static final String RATE_SET_DELETE = "rate-set-delete";
    public static final String RATE_SET_DOCUMENT = "rate-set-document";
    public static final String RATE_SET_ERRORS = "rate-set-errors";
    public static final String RATE_SET_EXPORT = "rate-set-export";
    public static final String RATE_SET_FROM = "rate-set-from";
    public static final String RATE_SET_IMPORT = "rate-set-import";
    public static final String RATE_SET_IMPORT_CANCEL = "rate-set-import-cancel";
    public static final String RATE_SET_IMPORT_CHANGES = "rate-set-import-changes";
    public static final String RATE_SET_IMPORT_CONFIRM = "rate-set-import-confirm";
    public static final String RATE_SET_IMPORT_DIALOG = "rate-set-import-dialog";
    public static final String RATE_SET_ISSUER = "rate-set-issuer";
    public static final String RATE_SET_KIND = "rate-set-kind";
    public static final String RATE_SET_LIST = "rate-set-list";
    public static final String RATE_SET_NAME = "rate-set-name";
    public static final String RATE_SET_NOTES = "rate-set-notes";
    public static final String RATE_SET_NOTICE = "rate-set-notice";
    public static final String RATE_SET_REVERT = "rate-set-revert";
    public static final String RATE_SET_SAVE = "rate-set-save";
    public static final String RATE_SET_TO = "rate-set-to";
    public static final String RATE_SET_VALUES = "rate-set-values";

    private RateSetIds() {
    }
}
