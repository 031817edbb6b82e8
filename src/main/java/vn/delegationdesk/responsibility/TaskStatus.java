package vn.delegationdesk.responsibility;

/** Progress of a unit's duties. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
