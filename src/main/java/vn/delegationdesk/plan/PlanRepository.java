package vn.delegationdesk.plan;

import java.util.List;
import java.util.Optional;

/** Where plans are kept, each whole (its lines, rules, targets, tasks and activities) in one transaction per write. */
public interface PlanRepository {
    /** Every plan as a line of the list, the newest issue date first, then by id. */
    List<PlanSummary> findSummaries();

    /** Every plan whole: for the progress across plans, the due view and the report. */
    List<Plan> findAll();

    Optional<Plan> findById(long id);

    /** Stores a new plan; its id. */
    long insert(Plan plan);

    /** Replaces the stored plan {@code plan.id()} whole; false when there is none. */
    boolean update(Plan plan);

    boolean delete(long id);

    /** The tasks (plan and task id) whose activities link the delegation {@code delegationId}. */
    List<TaskLink> findLinksTo(long delegationId);
}
