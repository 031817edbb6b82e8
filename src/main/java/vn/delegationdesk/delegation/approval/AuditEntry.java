package vn.delegationdesk.delegation.approval;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a delegation's audit list: who did what, when. {@code detail} is the return's reason or the approval's
 * body, number and date ("" for the other actions); {@code from} is the stage a return left (else null).
 */
public record AuditEntry(long delegationId, Instant at, String who, AuditAction action, ApprovalStage from, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
    }
}
