package vn.delegationdesk.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The reporting periods offered for a plan's report or its results table, and the one proposed on a day. */
public final class ReportPeriods {
    /** At most this many years are offered, from the plan's first. */
    static final int MAX_YEARS = 10;

    private ReportPeriods() {
    }

    /**
     * For each year of the plan (the year of {@code today} when it has no period): the first six months, the year, and
     * the quarters when it reports quarterly.
     */
    public static List<ReportPeriod> offered(Plan plan, LocalDate today) {
        int first = plan.periodFrom() == null ? today.getYear() : plan.periodFrom().getYear();
        int last = plan.periodTo() == null ? first : Math.min(plan.periodTo().getYear(), first + MAX_YEARS - 1);
        boolean quarterly = plan.reporting().stream().anyMatch(r -> r.frequency() == ReportFrequency.QUARTERLY);
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            if (quarterly) {
                for (int q = 1; q <= 4; q++) {
                    periods.add(new ReportPeriod(year, ReportPeriod.Part.QUARTER, q));
                }
            }
            periods.add(ReportPeriod.firstHalf(year));
            periods.add(ReportPeriod.year(year));
        }
        return periods;
    }

    /** The period whose report comes next on {@code today}: the first six months until July, else the year. */
    public static ReportPeriod proposed(Plan plan, LocalDate today) {
        List<ReportPeriod> periods = offered(plan, today);
        ReportPeriod wanted = today.getMonthValue() <= 7 ? ReportPeriod.firstHalf(today.getYear())
                : ReportPeriod.year(today.getYear());
        return periods.contains(wanted) ? wanted : periods.get(periods.size() - 1);
    }
}
