package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * A line of the plan's reporting regime: a report of {@code frequency} due before {@code dueBefore} each period (for
 * {@link ReportFrequency#ONCE}, on {@code onceOn}), sent to {@code recipient} ("UBND tỉnh (qua Sở Văn hóa, Thể thao và
 * Du lịch)"). For a quarterly report {@code dueBefore}'s day counts in the quarter's last month; its month is ignored.
 */
public record ReportingRule(ReportFrequency frequency, MonthDay dueBefore, LocalDate onceOn, String recipient) {
    public ReportingRule {
        Objects.requireNonNull(frequency, "frequency");
        recipient = Texts.clean(recipient);
        if (frequency == ReportFrequency.ONCE) {
            Objects.requireNonNull(onceOn, "onceOn");
        } else {
            Objects.requireNonNull(dueBefore, "dueBefore");
        }
    }

    public static ReportingRule recurring(ReportFrequency frequency, MonthDay dueBefore, String recipient) {
        return new ReportingRule(frequency, dueBefore, null, recipient);
    }

    public static ReportingRule once(LocalDate on, String recipient) {
        return new ReportingRule(ReportFrequency.ONCE, null, on, recipient);
    }

    /** The deadlines this rule sets from {@code from} to {@code to}, both included, earliest first. */
    public List<ReportDeadline> deadlines(LocalDate from, LocalDate to) {
        List<ReportDeadline> found = new ArrayList<>();
        if (frequency == ReportFrequency.ONCE) {
            if (!onceOn.isBefore(from) && !onceOn.isAfter(to)) {
                found.add(new ReportDeadline(onceOn, this, null));
            }
            return found;
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (ReportPeriod period : ReportPeriod.of(frequency, year)) {
                LocalDate due = dueOf(period);
                if (!due.isBefore(from) && !due.isAfter(to)) {
                    found.add(new ReportDeadline(due, this, period));
                }
            }
        }
        return found;
    }

    private LocalDate dueOf(ReportPeriod period) {
        if (frequency == ReportFrequency.QUARTERLY) {
            YearMonth last = YearMonth.from(period.to());
            return last.atDay(Math.min(dueBefore.getDayOfMonth(), last.lengthOfMonth()));
        }
        return dueBefore.atYear(period.year());
    }
}
