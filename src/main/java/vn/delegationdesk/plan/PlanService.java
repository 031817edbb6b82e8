package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;

/**
 * The use cases on plans. Every write is validated whole before it reaches the store and needs the role of an
 * organiser (plans are drafted by the organising office, as delegations are).
 */
public final class PlanService {
    private final PlanRepository repository;
    private final RoleGate gate;
    private final LongPredicate delegationExists;

    /** Without delegations to link to: a link to a delegation is refused as to one that does not exist. */
    public PlanService(PlanRepository repository, RoleGate gate) {
        this(repository, gate, id -> false);
    }

    /** {@code delegationExists} tells whether a delegation of the app is still kept, for the links of activities. */
    public PlanService(PlanRepository repository, RoleGate gate, LongPredicate delegationExists) {
        this.repository = repository;
        this.gate = gate;
        this.delegationExists = delegationExists;
    }

    /** Why the person working may not write plans (create, save, delete); empty when they may. */
    public Optional<Phrase> whyNotWrite() {
        return gate.whyNot(Role.ORGANISER, "people.action.savePlanDocument");
    }

    public List<PlanSummary> list() {
        return repository.findSummaries();
    }

    public Optional<Plan> find(long id) {
        return repository.findById(id);
    }

    /** Validates and stores a new plan; its id. */
    public long create(Plan plan) {
        gate.require(Role.ORGANISER, "people.action.savePlanDocument");
        requireValid(plan);
        return repository.insert(plan.withId(null));
    }

    /** Validates and replaces the stored plan whole. */
    public void save(Plan plan) {
        if (plan.id() == null) {
            throw new IllegalArgumentException("save needs a stored plan; use create");
        }
        gate.require(Role.ORGANISER, "people.action.savePlanDocument");
        requireValid(plan);
        if (!repository.update(plan)) {
            throw new IllegalStateException("no plan with id " + plan.id());
        }
    }

    public boolean delete(long id) {
        gate.require(Role.ORGANISER, "people.action.savePlanDocument");
        return repository.delete(id);
    }

    /** Every problem of {@code plan}, with the links to delegations that are no longer kept. */
    public List<ValidationError> validate(Plan plan) {
        List<ValidationError> errors = new ArrayList<>(PlanValidator.validate(plan));
        for (int i = 0; i < plan.activities().size(); i++) {
            PlanActivity activity = plan.activities().get(i);
            if (activity.delegationId() != null && !delegationExists.test(activity.delegationId())) {
                errors.add(ValidationError.of("activities[" + i + "].delegationId", "validation.plan.activity.noDelegation",
                        Phrase.of("plan.where.activity", i + 1, activity.title()), activity.delegationId()));
            }
        }
        return errors;
    }

    /** The plan's progress over its period, seen on {@code today}. */
    public Optional<PlanProgress> progress(long id, LocalDate today) {
        return repository.findById(id).map(plan -> PlanProgress.of(plan, today));
    }

    /** The tasks that link delegation {@code delegationId}: its "thuộc nhiệm vụ". */
    public List<TaskLink> linksTo(long delegationId) {
        return repository.findLinksTo(delegationId);
    }

    /**
     * Every open task due within {@code days} days from {@code today} (today included) or overdue, and every report
     * deadline in those days, the earliest first.
     */
    public List<PlanDue> dueWithin(LocalDate today, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate until = today.plusDays(days);
        List<PlanDue> due = new ArrayList<>();
        for (Plan plan : repository.findAll()) {
            for (PlanTask task : plan.tasks()) {
                if (task.status().isOpen() && task.due() != null && !task.due().isAfter(until)) {
                    due.add(new PlanDue(task.due(), plan.id(), plan.title(), task.number(), task.content(), null));
                }
            }
            for (ReportDeadline deadline : plan.deadlines(today, until)) {
                due.add(new PlanDue(deadline.date(), plan.id(), plan.title(), null, deadline.rule().recipient(), deadline));
            }
        }
        due.sort(PlanDue.ORDER);
        return due;
    }

    private void requireValid(Plan plan) {
        List<ValidationError> errors = validate(plan);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
