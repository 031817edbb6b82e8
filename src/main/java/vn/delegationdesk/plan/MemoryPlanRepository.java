package vn.delegationdesk.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans kept in memory: for services built without a store (tests, the window's tests of other features). */
public final class MemoryPlanRepository implements PlanRepository {
    private final Map<Long, Plan> plans = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public List<PlanSummary> findSummaries() {
        return plans.values().stream()
                .sorted(Comparator.comparing(Plan::issuedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Plan::id))
                .map(p -> new PlanSummary(p.id(), p.issuingBody().name(), p.kind(), p.numberAndSymbol(), p.issuedOn(), p.title(),
                        p.periodFrom(), p.periodTo(), p.tasks().size(), p.activities().size()))
                .toList();
    }

    @Override
    public List<Plan> findAll() {
        return List.copyOf(plans.values());
    }

    @Override
    public Optional<Plan> findById(long id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public long insert(Plan plan) {
        long id = nextId++;
        plans.put(id, plan.withId(id));
        return id;
    }

    @Override
    public boolean update(Plan plan) {
        if (!plans.containsKey(plan.id())) {
            return false;
        }
        plans.put(plan.id(), plan);
        return true;
    }

    @Override
    public boolean delete(long id) {
        return plans.remove(id) != null;
    }

    @Override
    public List<TaskLink> findLinksTo(long delegationId) {
        List<TaskLink> links = new ArrayList<>();
        for (Plan plan : plans.values()) {
            for (PlanActivity activity : plan.activities()) {
                if (activity.delegationId() != null && activity.delegationId() == delegationId) {
                    String number = plan.task(activity.taskId()).map(PlanTask::number).orElse("");
                    links.add(new TaskLink(plan.id(), plan.title(), activity.taskId(), number, activity.id()));
                }
            }
        }
        return links;
    }
}
