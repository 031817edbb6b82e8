package vn.delegationdesk.delegation.approval;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.logging.Operation;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * The approval trail's use cases: submit, appraise, approve, return. Each checks the current user's role and the
 * stage, then moves the trail and writes its audit line in one transaction. Approving sets the delegation's life status
 * to "Đã phê duyệt"; returning an approved plan sets it back to "Dự thảo".
 */
public final class ApprovalService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final OperationLog LOG = OperationLog.of(ApprovalService.class);
    private final ApprovalRepository repository;
    private final Supplier<User> user;
    private final Clock clock;

    public ApprovalService(ApprovalRepository repository, Supplier<User> user) {
        this(repository, user, Clock.systemUTC());
    }

    public ApprovalService(ApprovalRepository repository, Supplier<User> user, Clock clock) {
        this.repository = repository;
        this.user = user;
        this.clock = clock;
    }

    /** Who works now. */
    public User user() {
        return user.get();
    }

    public ApprovalState state(long delegationId) {
        return repository.stateOf(delegationId);
    }

    /** The delegation's audit list, oldest first. */
    public List<AuditEntry> trail(long delegationId) {
        return repository.trail(delegationId);
    }

    /**
     * Why the current user may not take {@code step} at {@code stage}: the stage does not allow it, or the role it needs
     * is missing ("Thẩm định cần vai trò Tài chính: người dùng an không có vai trò này"). Empty when they may.
     */
    public Optional<Phrase> whyNot(ApprovalStep step, ApprovalStage stage) {
        if (!step.startsAt(stage)) {
            return Optional.of(Phrase.of("approvals.refused.stage", Phrase.of(step.labelKey()), Phrase.of(stage.labelKey())));
        }
        Role role = step.role(stage);
        User who = user.get();
        if (!who.has(role)) {
            return Optional.of(Phrase.of("approvals.refused.role", Phrase.of(step.labelKey()), Phrase.of(role.labelKey()),
                    who.name()));
        }
        return Optional.empty();
    }

    public ApprovalState submit(long delegationId) {
        return move(delegationId, ApprovalStep.SUBMIT, null, "");
    }

    public ApprovalState appraise(long delegationId) {
        return move(delegationId, ApprovalStep.APPRAISE, null, "");
    }

    /** Approves with {@code decision}; refused, naming each field, when the body, number or date is missing or bad. */
    public ApprovalState approve(long delegationId, ApprovalDecision decision) {
        requireNone(ApprovalChecks.approval(decision.body(), decision.number(), decision.date()));
        String detail = decision.body().strip() + " – " + decision.number().strip() + " – " + DAY.format(decision.date());
        ApprovalDecision clean = new ApprovalDecision(decision.body().strip(), decision.number().strip(), decision.date());
        return move(delegationId, ApprovalStep.APPROVE, clean, detail);
    }

    /** Returns the plan to the draft; refused without a reason. */
    public ApprovalState returnToDraft(long delegationId, String reason) {
        requireNone(ApprovalChecks.reason(reason));
        return move(delegationId, ApprovalStep.RETURN, null, reason.strip());
    }

    private ApprovalState move(long delegationId, ApprovalStep step, ApprovalDecision decision, String detail) {
        try (Operation op = LOG.start("approval-" + step.name().toLowerCase(Locale.ROOT)).id("delegation", delegationId)) {
            ApprovalStage stage = repository.stateOf(delegationId).stage();
            Optional<Phrase> refusal = whyNot(step, stage);
            if (refusal.isPresent()) {
                op.code("refused", true).ok();
                throw new ApprovalRefused(refusal.get().key(), refusal.get().args().toArray());
            }
            Instant now = clock.instant();
            String who = user.get().name();
            ApprovalState next = new ApprovalState(step.target(), decision, who, now);
            AuditEntry entry = new AuditEntry(delegationId, now, who, AuditAction.of(step),
                    step == ApprovalStep.RETURN ? stage : null, detail);
            DelegationStatus status = step == ApprovalStep.APPROVE ? DelegationStatus.APPROVED
                    : step == ApprovalStep.RETURN && stage == ApprovalStage.APPROVED ? DelegationStatus.DRAFT : null;
            if (!repository.move(delegationId, stage, next, entry, status)) {
                op.code("moved-meanwhile", true).ok();
                throw new ApprovalRefused("approvals.refused.movedMeanwhile");
            }
            op.ok();
            return next;
        }
    }

    private static void requireNone(List<ValidationError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
