package vn.delegationdesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;

/** Progress counted from activities and by hand, tasks overdue, units' work, report deadlines. */
class PlanProgressTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 1);

    static Plan network() {
        List<PlanActivity> activities = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            activities.add(PlanActivity.event("a-" + i, "k-1", ActivityKind.ONLINE_SESSION, "Phiên họp trực tuyến " + i,
                    LocalDate.of(2025, 1, 10).plusDays(i * 10L), "Trực tuyến"));
        }
        activities.add(PlanActivity.event("a-w1", "k-1", ActivityKind.WORKSHOP, "Tọa đàm thiết kế sáng tạo",
                LocalDate.of(2025, 5, 20), "Bảo tàng Hà Nội"));
        activities.add(PlanActivity.event("a-w2", "k-1", ActivityKind.WORKSHOP, "Workshop không gian sáng tạo",
                LocalDate.of(2025, 9, 12), "Hà Nội"));
        return new Plan(null, new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"),
                PlanKind.ANNUAL_PLAN, "", "KH-SVHTT", null, "Hà Nội", "Kế hoạch tham gia Mạng lưới năm 2025", List.of(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), List.of(), List.of(), "", List.of(
                        ReportingRule.recurring(ReportFrequency.SEMIANNUAL, MonthDay.of(6, 20), "UBND Thành phố"),
                        ReportingRule.recurring(ReportFrequency.ANNUAL, MonthDay.of(11, 30), "UBND Thành phố")),
                List.of(), new Signer("", "", "GIÁM ĐỐC", "Đỗ Đình Hồng"),
                List.of(Target.counted("t-1", "Phiên họp online", "Hợp tác quốc tế", "cuộc", 20, 30, ActivityKind.ONLINE_SESSION),
                        Target.counted("t-2", "Tọa đàm, workshop", "Hợp tác quốc tế", "cuộc", 3, 5, ActivityKind.WORKSHOP),
                        new Target("t-3", "Trang chuyên đề", "Tuyên truyền", "trang", 30, 40, null,
                                List.of(new ProgressEntry(LocalDate.of(2025, 8, 1), 42, "Tạp chí Kiến trúc số 8")))),
                List.of(PlanTask.of("k-1", "1", "Tham dự các Hội nghị, diễn đàn Mạng lưới", "Phòng Quản lý Di sản văn hóa",
                                List.of("Bảo tàng Hà Nội", "Văn phòng Sở"), null, LocalDate.of(2025, 12, 31), List.of("t-1", "t-2")),
                        PlanTask.of("k-2", "2.1", "Biên soạn chuyên đề Tạp chí Kiến trúc", "Phòng Quản lý Di sản văn hóa",
                                List.of(), null, LocalDate.of(2025, 10, 15), List.of("t-3"))),
                activities);
    }

    @Test
    void targetsStandAgainstTheirRanges() {
        PlanProgress progress = PlanProgress.of(network(), TODAY);

        assertThat(progress.targets()).extracting(p -> p.target().id(), TargetProgress::achieved, TargetProgress::attainment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t-1", 22L, Attainment.WITHIN),
                        org.assertj.core.groups.Tuple.tuple("t-2", 2L, Attainment.BELOW),
                        org.assertj.core.groups.Tuple.tuple("t-3", 42L, Attainment.ABOVE));
    }

    @Test
    void aPeriodCountsOnlyItsActivities() {
        PlanProgress firstHalf = PlanProgress.of(network(), TODAY, ReportPeriod.firstHalf(2025));

        assertThat(firstHalf.targets().get(0).achieved()).isEqualTo(17);
        assertThat(firstHalf.targets().get(1).achieved()).isEqualTo(1);
        assertThat(firstHalf.targets().get(2).achieved()).isZero();
    }

    @Test
    void anOpenTaskPastItsDueDateIsOverdueAndItsUnitsSeeIt() {
        PlanProgress progress = PlanProgress.of(network(), TODAY);

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
        assertThat(network().deadlines(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .extracting(ReportDeadline::date, d -> d.period().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 6, 20), "2025-H1"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 11, 30), "2025"));
        assertThat(ReportPeriod.parse("2025-H1")).contains(ReportPeriod.firstHalf(2025));
        assertThat(ReportPeriod.parse("2025-H3")).isEmpty();
        assertThat(ReportPeriod.parse("2025-Q4").orElseThrow().to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
