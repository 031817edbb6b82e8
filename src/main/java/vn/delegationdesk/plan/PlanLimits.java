package vn.delegationdesk.plan;

import java.util.List;
import vn.delegationdesk.common.TextLimit;

/**
 * The longest text each field of a plan takes: the width of its column (migration V11), so that what passes the
 * validator is never refused or cut by the store.
 */
public final class PlanLimits {
    public static final TextLimit TITLE = TextLimit.lines("plan", "title", 1000);
    public static final TextLimit PARENT_BODY = TextLimit.line("plan", "issuing_parent_body", 500);
    public static final TextLimit BODY_NAME = TextLimit.line("plan", "issuing_body_name", 500);
    public static final TextLimit ABBREVIATION = TextLimit.line("plan", "issuing_abbreviation", 100);
    public static final TextLimit SIGNER_PREFIX = TextLimit.line("plan", "signer_authority_prefix", 100);
    public static final TextLimit SIGNER_PRINCIPAL = TextLimit.line("plan", "signer_principal_title", 200);
    public static final TextLimit SIGNER_TITLE = TextLimit.line("plan", "signer_title", 200);
    public static final TextLimit SIGNER_NAME = TextLimit.line("plan", "signer_name", 200);
    public static final TextLimit NUMBER = TextLimit.line("plan", "doc_number", 20);
    public static final TextLimit SYMBOL = TextLimit.line("plan", "symbol", 50);
    public static final TextLimit PLACE = TextLimit.line("plan", "place", 100);
    public static final TextLimit FUNDING = TextLimit.lines("plan", "funding", 4000);
    /** A ground, a purpose, a requirement or a recipient: one line of the plan's lists. */
    public static final TextLimit LIST_ITEM = TextLimit.lines("plan_line", "content", 4000);
    public static final TextLimit RECIPIENT = TextLimit.lines("plan_report_rule", "recipient", 500);
    public static final TextLimit TARGET_LABEL = TextLimit.line("plan_target", "label", 500);
    public static final TextLimit TARGET_FIELD = TextLimit.line("plan_target", "field", 200);
    public static final TextLimit TARGET_UNIT = TextLimit.line("plan_target", "unit", 50);
    public static final TextLimit ENTRY_SOURCE = TextLimit.line("plan_target_entry", "source", 500);
    public static final TextLimit TASK_NUMBER = TextLimit.line("plan_task", "task_number", 30);
    public static final TextLimit TASK_CONTENT = TextLimit.lines("plan_task", "content", 4000);
    public static final TextLimit UNIT = TextLimit.line("plan_task", "lead_unit", 300);
    public static final TextLimit COORDINATING_UNIT = TextLimit.line("plan_task_unit", "unit", 300);
    public static final TextLimit RESULT = TextLimit.lines("plan_task_result", "content", 4000);
    public static final TextLimit ACTIVITY_TITLE = TextLimit.line("plan_activity", "title", 500);
    public static final TextLimit ACTIVITY_PLACE = TextLimit.line("plan_activity", "place", 500);
    public static final TextLimit ACTIVITY_UNITS = TextLimit.line("plan_activity", "units", 500);
    public static final TextLimit ACTIVITY_RESULT = TextLimit.lines("plan_activity", "result", 2000);
    /** Every limit, for the test that compares them with the store's columns. */
    public static final List<TextLimit> ALL = List.of(TITLE, PARENT_BODY, BODY_NAME, ABBREVIATION, SIGNER_PREFIX,
            SIGNER_PRINCIPAL, SIGNER_TITLE, SIGNER_NAME, NUMBER, SYMBOL, PLACE, FUNDING, LIST_ITEM, RECIPIENT, TARGET_LABEL,
            TARGET_FIELD, TARGET_UNIT, ENTRY_SOURCE, TASK_NUMBER, TASK_CONTENT, UNIT, COORDINATING_UNIT, RESULT, ACTIVITY_TITLE,
            ACTIVITY_PLACE, ACTIVITY_UNITS, ACTIVITY_RESULT);

    private PlanLimits() {
    }
}
