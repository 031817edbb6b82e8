package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Something of a plan due soon or overdue: an open task with its due date ({@code taskNumber} set) or a report deadline
 * ({@code deadline} set), for the workspace's "due in 14 days" view.
 */
public record PlanDue(LocalDate date, long planId, String planTitle, String taskNumber, String text, ReportDeadline deadline) {
    public static final Comparator<PlanDue> ORDER = Comparator.comparing(PlanDue::date).thenComparingLong(PlanDue::planId)
            .thenComparing(PlanDue::text);

    public PlanDue {
        Objects.requireNonNull(date, "date");
    }

    public boolean isReport() {
        return deadline != null;
    }
}
