package vn.delegationdesk.plan.workbook.export;

import java.util.List;

/**
 * Where things are in a task table, shared by its writer and its reader: the hidden sheet marking the plan and period,
 * and the columns of the task sheets (their titles are messages {@code planbook.column.*}).
 */
final class TaskTableLayout {
    /** The hidden sheet holding the {@link vn.delegationdesk.plan.workbook.FileMark}. */
    static final String MARK_SHEET = "_KeHoach";
    static final String FORMAT = "delegationdesk-plan-tasks/1";
    static final String KEY_FORMAT = "format";
    static final String KEY_PLAN = "planId";
    static final String KEY_NUMBER = "numberAndSymbol";
    static final String KEY_TITLE = "title";
    static final String KEY_PERIOD = "period";
    static final int NUMBER = 0;
    static final int CONTENT = 1;
    static final int LEAD = 2;
    static final int COORDINATING = 3;
    static final int TIME = 4;
    static final int STATUS = 5;
    static final int RESULT = 6;
    /** The header keys in column order; the result column's title also names the period. */
    static final List<String> TITLES = List.of("planbook.column.number", "planbook.column.content", "planbook.column.lead",
            "planbook.column.coordinating", "planbook.column.time", "planbook.column.status", "planbook.column.result");
    /** Column widths in characters. */
    static final int[] WIDTHS = {7, 56, 26, 28, 22, 15, 60};
    /** Rows above the header: title, plan, period (and unit), the note to the units. */
    static final int HEADER_ROW = 4;

    private TaskTableLayout() {
    }
}
