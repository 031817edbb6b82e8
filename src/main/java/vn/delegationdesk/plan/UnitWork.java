package vn.delegationdesk.plan;

import java.util.List;

/** Everything a unit leads or coordinates in a plan, with how many of those tasks are overdue. */
public record UnitWork(String unit, List<PlanTask> leads, List<PlanTask> coordinates, int overdue) {
    public UnitWork {
        leads = List.copyOf(leads);
        coordinates = List.copyOf(coordinates);
    }
}
