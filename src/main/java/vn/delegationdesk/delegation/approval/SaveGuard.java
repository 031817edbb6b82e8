package vn.delegationdesk.delegation.approval;

import java.util.Optional;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;

/**
 * Which saves the trail allows. A draft saves freely. A submitted or appraised plan is what the reviewers look at: it
 * is not saved until it is returned. An approved plan keeps what was approved: only its life status may move on
 * (Đang thực hiện, Đã hoàn thành, Đã hủy); back to the draft is "Trả lại", which a leader does.
 */
public final class SaveGuard {
    private SaveGuard() {
    }

    /** Why {@code next} may not replace {@code stored} at {@code stage}; empty when it may. */
    public static Optional<Phrase> whyNot(ApprovalStage stage, Delegation stored, Delegation next) {
        return switch (stage) {
            case DRAFT -> Optional.empty();
            case SUBMITTED, APPRAISED -> Optional.of(Phrase.of("approvals.save.underReview", Phrase.of(stage.labelKey())));
            case APPROVED -> next.status() == DelegationStatus.DRAFT
                    || !stored.toBuilder().status(next.status()).build().equals(next)
                    ? Optional.of(Phrase.of("approvals.save.approved")) : Optional.empty();
        };
    }
}
