package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A report due on {@code date} under {@code rule}, for {@code period} (null for a one-off report). */
public record ReportDeadline(LocalDate date, ReportingRule rule, ReportPeriod period) {
    public ReportDeadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rule, "rule");
    }
}
