package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Texts;

/**
 * A task of the plan (nhiệm vụ) in its own numbering: what is to be done, the lead unit ("Đơn vị thực hiện / chủ trì"),
 * the coordinating units ("Đơn vị phối hợp"), when (a period {@code from}–{@code due}, or only {@code due}; both null:
 * all through the plan), the targets it serves, where it stands, and the results reported per period.
 *
 * @param id stable within the plan ("k-3"): activities, results and return files name the task by it and by number
 * @param number the plan's own numbering, "1.1"
 */
public record PlanTask(String id, String number, String content, String leadUnit, List<String> coordinatingUnits,
        LocalDate from, LocalDate due, List<String> targetIds, TaskStatus status, List<TaskResult> results) {
    public PlanTask {
        id = Texts.clean(id);
        number = Texts.clean(number);
        content = Texts.clean(content);
        leadUnit = Texts.clean(leadUnit);
        coordinatingUnits = Texts.cleanAll(coordinatingUnits);
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
        status = Objects.requireNonNullElse(status, TaskStatus.NOT_STARTED);
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** A task not started, with no results yet. */
    public static PlanTask of(String id, String number, String content, String leadUnit, List<String> coordinating,
            LocalDate from, LocalDate due, List<String> targetIds) {
        return new PlanTask(id, number, content, leadUnit, coordinating, from, due, targetIds, TaskStatus.NOT_STARTED,
                List.of());
    }

    /** The number as a {@link TaskNumber}; empty when it is not one (the validator names it). */
    public Optional<TaskNumber> parsedNumber() {
        return TaskNumber.parse(number);
    }

    /** The result reported for {@code period} ("2025-H1"), or "". */
    public String resultFor(String period) {
        return results.stream().filter(r -> r.period().equals(period)).map(TaskResult::text).findFirst().orElse("");
    }

    /** Whether the task is still open after its due date, seen on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status.isOpen() && due != null && due.isBefore(today);
    }

    /** Whether {@code unit} leads this task or coordinates it. */
    public boolean involves(String unit) {
        return leadUnit.equals(unit) || coordinatingUnits.contains(unit);
    }

    public PlanTask withStatus(TaskStatus value) {
        return new PlanTask(id, number, content, leadUnit, coordinatingUnits, from, due, targetIds, value, results);
    }

    /** This task with {@code text} as its result for {@code period}, replacing one reported before. */
    public PlanTask withResult(String period, String text) {
        List<TaskResult> next = new java.util.ArrayList<>(results.stream().filter(r -> !r.period().equals(period)).toList());
        if (!Texts.clean(text).isEmpty()) {
            next.add(new TaskResult(period, text));
        }
        return new PlanTask(id, number, content, leadUnit, coordinatingUnits, from, due, targetIds, status, next);
    }
}
