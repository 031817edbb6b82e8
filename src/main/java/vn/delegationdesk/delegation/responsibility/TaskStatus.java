package vn.delegationdesk.delegation.responsibility;

/** Progress of a unit's duties. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
