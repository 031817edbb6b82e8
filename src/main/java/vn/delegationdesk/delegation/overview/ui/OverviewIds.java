package vn.delegationdesk.delegation.overview.ui;

/** Stable node ids of the overview tab; UI tests find nodes by these, never by visible text. */
public final class OverviewIds {
    public static final String TAB_OVERVIEW = "editor-tab-overview";
    public static final String OVERVIEW = "overview-editor";
    public static final String TITLE = "overview-title";
    public static final String STATUS = "overview-status";
    public static final String PARENT_BODY = "overview-parent-body";
    public static final String BODY_NAME = "overview-body-name";
    public static final String ABBREVIATION = "overview-abbreviation";
    public static final String DOCUMENT_NUMBER = "overview-document-number";
    public static final String DOCUMENT_SYMBOL = "overview-document-symbol";
    public static final String DOCUMENT_PLACE = "overview-document-place";
    public static final String DOCUMENT_DATE = "overview-document-date";
    public static final String START_DATE = "overview-start-date";
    public static final String END_DATE = "overview-end-date";
    public static final String DEPARTURE = "overview-departure";
    public static final String PLANNED_SIZE = "overview-planned-size";
    public static final String LEGS_TABLE = "legs-table";
    public static final String LEG_ADD = "leg-add";
    public static final String LEG_REMOVE = "leg-remove";
    public static final String LEG_UP = "leg-up";
    public static final String LEG_DOWN = "leg-down";
    public static final String LEG_PLACE = "leg-place";
    public static final String LEG_CITY = "leg-city";
    public static final String LEG_START = "leg-start";
    public static final String LEG_END = "leg-end";
    public static final String LEG_SUMMARY = "leg-summary";
    public static final String LEGAL_BASES_TABLE = "legal-bases-table";
    public static final String LEGAL_BASIS_ADD = "legal-basis-add";
    public static final String LEGAL_BASIS_REMOVE = "legal-basis-remove";
    public static final String LEGAL_BASIS_UP = "legal-basis-up";
    public static final String LEGAL_BASIS_DOWN = "legal-basis-down";
    public static final String LEGAL_BASIS_KIND = "legal-basis-kind";
    public static final String LEGAL_BASIS_NUMBER = "legal-basis-number";
    public static final String LEGAL_BASIS_DATE = "legal-basis-date";
    public static final String LEGAL_BASIS_ISSUER = "legal-basis-issuer";
    public static final String LEGAL_BASIS_SUBJECT = "legal-basis-subject";
    public static final String PURPOSES = "purposes";
    public static final String TOPICS = "exchange-topics";
    public static final String RECIPIENTS = "recipients";
    public static final String TRANSPORT_PREFIX = "transport-";
    public static final String FUNDING = "overview-funding";
    public static final String SIGNER_PREFIX = "signer-prefix";
    public static final String SIGNER_PRINCIPAL = "signer-principal";
    public static final String SIGNER_TITLE = "signer-title";
    public static final String SIGNER_NAME = "signer-name";

    private OverviewIds() {
    }
}
