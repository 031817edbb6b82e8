package vn.delegationdesk.plan;

/** A delegation linked to a plan's task: which plan, which task, which activity. */
public record TaskLink(long planId, String planTitle, String taskId, String taskNumber, String activityId) {
}
