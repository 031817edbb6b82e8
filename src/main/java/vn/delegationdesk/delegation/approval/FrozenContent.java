package vn.delegationdesk.delegation.approval;

import java.util.List;
import java.util.Objects;

/**
 * What a submission freezes, made before its transaction from the stored delegation: {@code content}, the delegation
 * package's JSON (the plan, the estimate worksheet, the document settings); the estimate's line groups and grand
 * total as computed then; the standard pack's PDFs as rendered then. {@code version} is the delegation's stored version
 * it was made from: the submission is refused when a save came in between, so what is frozen is what was submitted.
 */
public record FrozenContent(long version, String content, List<EstimateGroup> estimate, long total,
        List<RevisionFile> documents) {
    /** Nothing: for a trail kept without a store's content (tests of the steps alone). */
    public static final FrozenContent EMPTY = new FrozenContent(-1, "", List.of(), 0, List.of());

    public FrozenContent {
        Objects.requireNonNull(content, "content");
        estimate = List.copyOf(estimate);
        documents = List.copyOf(documents);
    }

    /** Whether no version check applies ({@link #EMPTY}). */
    public boolean anyVersion() {
        return version < 0;
    }

    /** The bytes of every document together. */
    public long documentBytes() {
        return documents.stream().mapToLong(RevisionFile::size).sum();
    }
}
