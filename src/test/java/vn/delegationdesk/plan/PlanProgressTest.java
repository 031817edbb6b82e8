package vn.delegationdesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.testing.TestPlans;

/** Progress counted from activities and by hand, tasks overdue, units' work, report deadlines. */
class PlanProgressTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 1);

    @Test
    void targetsStandAgainstTheirRanges() {
        PlanProgress progress = PlanProgress.of(TestPlans.network(), TODAY);

        assertThat(progress.targets()).extracting(p -> p.target().id(), TargetProgress::achieved, TargetProgress::attainment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-1", 22L, Attainment.WITHIN),
                        org.assertj.core.groups.Tuple.tuple("t-2", 2L, Attainment.BELOW),
                        org.assertj.core.groups.Tuple.tuple("t-3", 42L, Attainment.ABOVE));
    }

    @Test
    void aPeriodCountsOnlyItsActivities() {
        PlanProgress firstHalf = PlanProgress.of(TestPlans.network(), TODAY, ReportPeriod.firstHalf(2025));

        assertThat(firstHalf.targets().get(0).achieved()).isEqualTo(17);
        assertThat(firstHalf.targets().get(1).achieved()).isEqualTo(1);
        assertThat(firstHalf.targets().get(2).achieved()).isZero();
    }

    @Test
    void anOpenTaskPastItsDueDateIsOverdueAndItsUnitsSeeIt() {
        PlanProgress progress = PlanProgress.of(TestPlans.network(), TODAY);

        assertThat(progress.tasks()).extracting(t -> t.task().number(), TaskProgress::activities, TaskProgress::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 24, false),
                        org.assertj.core.groups.Tuple.tuple("2.1", 0, true));
        assertThat(progress.units()).extracting(UnitWork::unit, u -> u.leads().size(), u -> u.coordinates().size(), UnitWork::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phòng Quản lý Di sản văn hóa", 2, 0, 1),
                        org.assertj.core.groups.Tuple.tuple("Bảo tàng Hà Nội", 0, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Văn phòng Sở", 0, 1, 0));
    }

    @Test
    void theReportingRegimeSetsItsDeadlines() {
        assertThat(TestPlans.network().deadlines(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .extracting(ReportDeadline::date, d -> d.period().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 6, 20), "2025-H1"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 11, 30), "2025"));
        assertThat(ReportPeriod.parse("2025-H1")).contains(ReportPeriod.firstHalf(2025));
        assertThat(ReportPeriod.parse("2025-H3")).isEmpty();
        assertThat(ReportPeriod.parse("2025-Q4").orElseThrow().to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
