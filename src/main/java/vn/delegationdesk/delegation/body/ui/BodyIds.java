package vn.delegationdesk.delegation.body.ui;

/** Node ids of the body profiles dialog, for tests and styling. */
public final class BodyIds {
    public static final String DIALOG = "body-profiles-dialog";
    public static final String LIST = "body-profiles-list";
    public static final String ADD = "body-profile-add";
    public static final String TAKE_OPEN = "body-profile-take-open";
    public static final String DELETE = "body-profile-delete";
    public static final String PARENT = "body-profile-parent";
    public static final String NAME = "body-profile-name";
    public static final String ABBREVIATION = "body-profile-abbreviation";
    public static final String PLACE = "body-profile-place";
    public static final String CODE = "body-profile-code";
    public static final String BASIS_KIND = "body-profile-basis-kind";
    public static final String BASIS_NUMBER = "body-profile-basis-number";
    public static final String BASIS_DATE = "body-profile-basis-date";
    public static final String BASIS_ISSUER = "body-profile-basis-issuer";
    public static final String BASIS_SUBJECT = "body-profile-basis-subject";
    public static final String SIGNERS = "body-profile-signers";
    public static final String SIGNER_ADD = "body-profile-signer-add";
    public static final String PROBLEMS = "body-profile-problems";
    public static final String SAVE = "body-profile-save";
    public static final String STATUS = "body-profile-status";

    private BodyIds() {
    }
}
