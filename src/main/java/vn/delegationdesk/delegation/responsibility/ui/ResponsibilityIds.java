package vn.delegationdesk.delegation.responsibility.ui;

/** Stable node ids of the responsibilities editor and the due list; UI tests find nodes by these. */
public final class ResponsibilityIds {
    public static final String TAB_RESPONSIBILITIES = "editor-tab-responsibilities";
    public static final String EDITOR = "responsibility-editor";
    public static final String TABLE = "responsibility-table";
    public static final String ADD = "responsibility-add";
    public static final String DELETE = "responsibility-delete";
    public static final String MOVE_UP = "responsibility-move-up";
    public static final String MOVE_DOWN = "responsibility-move-down";
    public static final String FORM = "responsibility-form";
    public static final String FORM_PLACEHOLDER = "responsibility-form-placeholder";
    public static final String UNIT = "responsibility-unit";
    public static final String ROLE = "responsibility-role";
    public static final String DUE = "responsibility-due";
    public static final String DUE_ERROR = "responsibility-due-error";
    public static final String STATUS = "responsibility-status";
    public static final String DUTIES = "responsibility-duties";
    public static final String DUTY_ADD = "responsibility-duty-add";
    public static final String DUTY_DELETE = "responsibility-duty-delete";
    public static final String DUTY_MOVE_UP = "responsibility-duty-move-up";
    public static final String DUTY_MOVE_DOWN = "responsibility-duty-move-down";

    private ResponsibilityIds() {
    }
}
