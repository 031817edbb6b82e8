package vn.delegationdesk.plan.ui.common;

/** Ids of the plans area's controls, for tests and the window. */
public final class PlanIds {
    public static final String AREA = "plans-area";
    public static final String LIST = "plans-list";
    public static final String NEW = "plans-new";
    public static final String EDITOR = "plan-editor";
    public static final String HEADING = "plan-heading";
    public static final String SAVE = "plan-save";
    public static final String DISCARD = "plan-discard";
    public static final String SAVE_STATE = "plan-save-state";
    public static final String PROBLEMS = "plan-problems";
    public static final String TABS = "plan-tabs";
    public static final String TAB_GENERAL = "plan-tab-general";
    public static final String TAB_TARGETS = "plan-tab-targets";
    public static final String TAB_TASKS = "plan-tab-tasks";
    public static final String TAB_ACTIVITIES = "plan-tab-activities";
    public static final String TAB_PROGRESS = "plan-tab-progress";
    public static final String TAB_CALENDAR = "plan-tab-calendar";
    public static final String TITLE = "plan-title";
    public static final String BODY_CHOICE = "plan-body-choice";
    public static final String TARGETS_TABLE = "plan-targets-table";
    public static final String TASKS_TABLE = "plan-tasks-table";
    public static final String ACTIVITIES_TABLE = "plan-activities-table";
    public static final String QUICK_DATE = "plan-quick-date";
    public static final String QUICK_TITLE = "plan-quick-title";
    public static final String LINK_DELEGATION = "plan-link-delegation";
    public static final String PROGRESS_PERIOD = "plan-progress-period";
    public static final String PROGRESS_TARGETS = "plan-progress-targets";
    public static final String PROGRESS_TASKS = "plan-progress-tasks";
    public static final String PROGRESS_UNITS = "plan-progress-units";
    public static final String CALENDAR_GRID = "plan-calendar-grid";
    public static final String CALENDAR_HEADING = "plan-calendar-heading";
    public static final String CALENDAR_PREVIOUS = "plan-calendar-previous";
    public static final String CALENDAR_NEXT = "plan-calendar-next";
    public static final String DELEGATION_LINK = "plan-delegation-link";

    private PlanIds() {
    }
}
