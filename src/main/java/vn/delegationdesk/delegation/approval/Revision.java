package vn.delegationdesk.delegation.approval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A revision of a delegation's plan, frozen when it was submitted: its number (1, 2, 3 … per delegation), when and by
 * whom, the delegation package's JSON as it was ({@code content}: the plan, the estimate worksheet, the document
 * settings; read back by {@link RevisionContents#plan}), the estimate's line groups and grand total in đồng as computed
 * then. Its documents are read apart ({@link ApprovalService#documents}), being large. Never changed once stored.
 */
public record Revision(long delegationId, int number, Instant frozenAt, String frozenBy, String content,
        List<EstimateGroup> estimate, long total) {
    public Revision {
        Objects.requireNonNull(frozenAt, "frozenAt");
        Objects.requireNonNull(frozenBy, "frozenBy");
        Objects.requireNonNull(content, "content");
        estimate = List.copyOf(estimate);
    }
}
