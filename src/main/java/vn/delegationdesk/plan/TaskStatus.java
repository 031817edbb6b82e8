package vn.delegationdesk.plan;

/** Where a plan's task stands. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    /** Dropped or postponed by a decision: neither done nor overdue. */
    STOPPED;

    public String labelKey() {
        return switch (this) {
            case NOT_STARTED -> "plan.task.status.notStarted";
            case IN_PROGRESS -> "plan.task.status.inProgress";
            case DONE -> "plan.task.status.done";
            case STOPPED -> "plan.task.status.stopped";
        };
    }

    /** Whether the task still has work to do (and can be overdue). */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
