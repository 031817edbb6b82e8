package vn.delegationdesk.plan;

/** Where a task stands on a day: its status, how many activities carry it out, and whether it is overdue. */
public record TaskProgress(PlanTask task, int activities, boolean overdue) {
}
