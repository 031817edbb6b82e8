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
import vn.delegationdesk.delegation.Delegation;
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
    private final RevisionContents contents;

    /** A trail whose submissions freeze no content (tests of the steps alone). */
    public ApprovalService(ApprovalRepository repository, Supplier<User> user) {
        this(repository, user, Clock.systemUTC());
    }

    /** A trail whose submissions freeze no content (tests of the steps alone). */
    public ApprovalService(ApprovalRepository repository, Supplier<User> user, Clock clock) {
        this(repository, user, clock, RevisionContents.NONE);
    }

    /** A trail whose submissions freeze what {@code contents} makes: the package, the estimate and the documents. */
    public ApprovalService(ApprovalRepository repository, Supplier<User> user, Clock clock, RevisionContents contents) {
        this.repository = repository;
        this.user = user;
        this.clock = clock;
        this.contents = contents;
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

    /**
     * Trình duyệt: freezes the stored plan as the delegation's next revision (its package, estimate and standard PDFs,
     * made before the transaction) and moves it to "Đã trình" in one transaction; the audit line names the revision
     * ("Trình duyệt – bản 2"). Refused when a save came in between the freezing and the transaction.
     */
    public ApprovalState submit(long delegationId) {
        return move(delegationId, ApprovalStep.SUBMIT, null, "");
    }

    /** The delegation's revisions, oldest first (their documents apart). */
    public List<Revision> revisions(long delegationId) {
        return repository.revisions(delegationId);
    }

    /** The documents frozen with revision {@code number}, byte for byte as rendered at its submission. */
    public List<RevisionFile> documents(long delegationId, int number) {
        return repository.documents(delegationId, number);
    }

    /** The plan frozen in {@code revision}. */
    public Delegation plan(Revision revision) {
        return contents.plan(revision.content());
    }

    /** The estimate's line groups of {@code plan} as computed now (with its stored worksheet): "Hiện tại" in a comparison. */
    public List<EstimateGroup> currentEstimate(Delegation plan) {
        return contents.estimate(plan);
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
            // Rendering takes a while: it is done before the transaction, which then checks nothing was saved meanwhile.
            FrozenContent frozen = step == ApprovalStep.SUBMIT ? contents.freeze(delegationId) : null;
            Instant now = clock.instant();
            String who = user.get().name();
            ApprovalState next = new ApprovalState(step.target(), decision, who, now);
            AuditEntry entry = new AuditEntry(delegationId, now, who, AuditAction.of(step),
                    step == ApprovalStep.RETURN ? stage : null, detail);
            DelegationStatus status = step == ApprovalStep.APPROVE ? DelegationStatus.APPROVED
                    : step == ApprovalStep.RETURN && stage == ApprovalStage.APPROVED ? DelegationStatus.DRAFT : null;
            boolean moved;
            if (frozen != null) {
                int number = repository.submit(delegationId, stage, next, entry, frozen);
                moved = number > 0;
                op.count("revision", number).count("documentBytes", frozen.documentBytes());
            } else {
                moved = repository.move(delegationId, stage, next, entry, status);
            }
            if (!moved) {
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
