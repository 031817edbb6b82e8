package vn.delegationdesk.plan.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ReportPeriod;

/**
 * What importing a return file would do to {@code plan} (the plan as it was when the preview was made): every row's
 * outcome, or the whole file refused ({@code refusal}, which names the file and, for another plan's file, that plan).
 * Nothing is written by making it; {@link #applyTo} gives the plan with exactly the changes listed.
 */
public record ResultPreview(Plan plan, ReportPeriod period, String fileName, Optional<Phrase> refusal, List<RowOutcome> rows) {
    public ResultPreview {
        refusal = refusal == null ? Optional.empty() : refusal;
        rows = List.copyOf(rows);
    }

    public boolean isRefusedWhole() {
        return refusal.isPresent();
    }

    public List<RowOutcome> changes() {
        return of(RowOutcome.Kind.CHANGED);
    }

    public List<RowOutcome> unchanged() {
        return of(RowOutcome.Kind.UNCHANGED);
    }

    public List<RowOutcome> refused() {
        return of(RowOutcome.Kind.REFUSED);
    }

    private List<RowOutcome> of(RowOutcome.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    /** {@code current} with each listed change made to its task's result for the period; nothing else touched. */
    public Plan applyTo(Plan current) {
        Map<String, String> results = new HashMap<>();
        for (RowOutcome change : changes()) {
            results.put(change.taskId(), change.newResult());
        }
        List<PlanTask> tasks = current.tasks().stream()
                .map(t -> results.containsKey(t.id()) ? t.withResult(period.code(), results.get(t.id())) : t).toList();
        return current.withTasks(tasks);
    }
}
