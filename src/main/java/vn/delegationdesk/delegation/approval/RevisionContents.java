package vn.delegationdesk.delegation.approval;

import java.util.List;
import vn.delegationdesk.delegation.Delegation;

/**
 * What a revision is made of and how it is read back, kept by the composition root (the package's format, the
 * estimate and the documents are other features'): the content frozen at a submission, the plan inside a frozen
 * content, and the estimate's line groups of a plan as it is now.
 */
public interface RevisionContents {
    /** Freezes nothing and reads no plan: for a trail kept without documents (tests of the steps alone). */
    RevisionContents NONE = new RevisionContents() {
        @Override
        public FrozenContent freeze(long delegationId) {
            return FrozenContent.EMPTY;
        }

        @Override
        public Delegation plan(String content) {
            throw new IllegalStateException("no revision contents");
        }

        @Override
        public List<EstimateGroup> estimate(Delegation plan) {
            return List.of();
        }
    };

    /**
     * The stored delegation's package, estimate and standard PDFs, made now from one reading of the store; called
     * before the submission's transaction (rendering takes a while).
     */
    FrozenContent freeze(long delegationId);

    /** The plan frozen in {@code content}. */
    Delegation plan(String content);

    /** The estimate's line groups of {@code plan} with its stored worksheet, as computed now. */
    List<EstimateGroup> estimate(Delegation plan);
}
