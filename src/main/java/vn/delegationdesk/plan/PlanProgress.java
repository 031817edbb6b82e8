package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan's progress on a day, over a span of dates ({@code from}–{@code to}, a reporting period or the plan's own):
 * per target what was achieved against its value or range, per task its status, activities and overdue state, per unit
 * everything it leads or coordinates.
 *
 * <p>A target counted from activities of a kind sums the quantities of the activities of that kind dated within the
 * span that carry out the tasks serving it; when no task names the target, every activity of that kind in the plan
 * counts. An activity without a date (a delegation whose dates live in the delegation) counts in every span. A target
 * counted by hand sums its entries dated within the span.
 */
public final class PlanProgress {
    private final List<TargetProgress> targets;
    private final List<TaskProgress> tasks;
    private final List<UnitWork> units;

    private PlanProgress(List<TargetProgress> targets, List<TaskProgress> tasks, List<UnitWork> units) {
        this.targets = List.copyOf(targets);
        this.tasks = List.copyOf(tasks);
        this.units = List.copyOf(units);
    }

    /** Progress over the plan's whole period (everything, when it has none), seen on {@code today}. */
    public static PlanProgress of(Plan plan, LocalDate today) {
        return of(plan, today, plan.periodFrom(), plan.periodTo());
    }

    /** Progress over {@code period}, seen on {@code today}. */
    public static PlanProgress of(Plan plan, LocalDate today, ReportPeriod period) {
        return of(plan, today, period.from(), period.to());
    }

    /** Progress over {@code from}–{@code to} (either null: open on that side), seen on {@code today}. */
    public static PlanProgress of(Plan plan, LocalDate today, LocalDate from, LocalDate to) {
        Map<String, Set<String>> tasksOfTarget = new HashMap<>();
        Map<String, Integer> activitiesOfTask = new HashMap<>();
        for (PlanTask task : plan.tasks()) {
            for (String targetId : task.targetIds()) {
                tasksOfTarget.computeIfAbsent(targetId, k -> new HashSet<>()).add(task.id());
            }
        }
        List<PlanActivity> inSpan = new ArrayList<>();
        for (PlanActivity activity : plan.activities()) {
            if (within(activity.date(), from, to)) {
                inSpan.add(activity);
                activitiesOfTask.merge(activity.taskId(), 1, Integer::sum);
            }
        }
        List<TargetProgress> targets = new ArrayList<>();
        for (Target target : plan.targets()) {
            long achieved = 0;
            if (target.countedByHand()) {
                for (ProgressEntry entry : target.entries()) {
                    if (within(entry.date(), from, to)) {
                        achieved += entry.quantity();
                    }
                }
            } else {
                Set<String> serving = tasksOfTarget.get(target.id());
                for (PlanActivity activity : inSpan) {
                    if (activity.kind() == target.countedKind() && (serving == null || serving.contains(activity.taskId()))) {
                        achieved += activity.quantity();
                    }
                }
            }
            targets.add(new TargetProgress(target, achieved, Attainment.of(achieved, target.min(), target.max())));
        }
        List<TaskProgress> tasks = new ArrayList<>();
        Map<String, List<PlanTask>> leads = new LinkedHashMap<>();
        Map<String, List<PlanTask>> coordinates = new LinkedHashMap<>();
        for (PlanTask task : plan.tasks()) {
            tasks.add(new TaskProgress(task, activitiesOfTask.getOrDefault(task.id(), 0), task.overdueOn(today)));
            if (!task.leadUnit().isEmpty()) {
                leads.computeIfAbsent(task.leadUnit(), k -> new ArrayList<>()).add(task);
                coordinates.computeIfAbsent(task.leadUnit(), k -> new ArrayList<>());
            }
            for (String unit : task.coordinatingUnits()) {
                coordinates.computeIfAbsent(unit, k -> new ArrayList<>()).add(task);
                leads.computeIfAbsent(unit, k -> new ArrayList<>());
            }
        }
        List<UnitWork> units = new ArrayList<>();
        for (Map.Entry<String, List<PlanTask>> unit : leads.entrySet()) {
            List<PlanTask> coordinated = coordinates.getOrDefault(unit.getKey(), List.of());
            int overdue = (int) unit.getValue().stream().filter(t -> t.overdueOn(today)).count()
                    + (int) coordinated.stream().filter(t -> t.overdueOn(today)).count();
            units.add(new UnitWork(unit.getKey(), unit.getValue(), coordinated, overdue));
        }
        return new PlanProgress(targets, tasks, units);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public List<TargetProgress> targets() {
        return targets;
    }

    public List<TaskProgress> tasks() {
        return tasks;
    }

    /** Each unit named as lead or coordinating, in the order the tasks first name them. */
    public List<UnitWork> units() {
        return units;
    }
}
