package vn.delegationdesk.delegation.programme.ui;

import java.time.LocalDate;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.Slot;

/** Stable node ids of the programme editor; UI tests find nodes by these, never by visible text. */
public final class ProgrammeIds {
    public static final String TAB_PROGRAMME = "editor-tab-programme";
    public static final String EDITOR = "programme-editor";
    public static final String DAYS = "programme-days";
    public static final String ADD = "programme-add";
    public static final String DELETE = "programme-delete";
    public static final String MOVE_UP = "programme-move-up";
    public static final String MOVE_DOWN = "programme-move-down";
    public static final String MOVE_TARGET = "programme-move-target";
    /** Prefix of each activity row's id; see {@link #activityRow}. Also the style class every row carries. */
    public static final String ACTIVITY_ROW = "programme-activity-row";
    /** Prefix of the per-session add buttons; see {@link #addTo}. */
    public static final String ADD_TO = "programme-add-to";
    public static final String DAY = "programme-day";
    public static final String FORM = "programme-form";
    public static final String FORM_KIND = "programme-form-kind";
    public static final String FORM_DESCRIPTION = "programme-form-description";
    public static final String FORM_PLACE = "programme-form-place";
    public static final String FORM_HOST = "programme-form-host";
    public static final String FORM_TRANSPORT = "programme-form-transport";
    public static final String FORM_NOTES = "programme-form-notes";
    public static final String FORM_START_TIME = "programme-form-start-time";
    public static final String FORM_END_TIME = "programme-form-end-time";

    private ProgrammeIds() {
    }

    /** "programme-activity-row-2025-10-14-EVENING-0". */
    public static String activityRow(ActivityRef ref) {
        return ACTIVITY_ROW + "-" + ref.date() + "-" + ref.halfDay() + "-" + ref.position();
    }

    /** "programme-add-to-2025-10-14-MORNING". */
    public static String addTo(Slot slot) {
        return ADD_TO + "-" + slot.date() + "-" + slot.halfDay();
    }

    /** "programme-day-2025-10-14". */
    public static String day(LocalDate date) {
        return DAY + "-" + date;
    }
}
