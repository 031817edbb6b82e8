package vn.delegationdesk.plan.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.plan.Attainment;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.TestPlans;

/** "Tiến độ" of the network plan (22 online sessions, 2 workshops, 42 pages typed in) on 20/10/2025. */
class PlanProgressViewModelTest {
    private final PlanProgressViewModel progress = new PlanProgressViewModel(new Messages(), () -> LocalDate.of(2025, 10, 20));

    @Test
    void overTheWholePlanTargetsSayReachedNotReachedOrExceeded() {
        progress.show(TestPlans.network());

        assertThat(progress.periodProperty().get().label()).isEqualTo("Cả thời gian kế hoạch");
        assertThat(progress.targets()).extracting(PlanProgressViewModel.TargetLine::figures).containsExactly(
                "22 / 20 – 30 cuộc – đạt", "2 / 3 – 5 cuộc – chưa đạt", "42 / 30 – 40 trang – vượt");
        assertThat(progress.targets()).extracting(PlanProgressViewModel.TargetLine::attainment)
                .containsExactly(Attainment.WITHIN, Attainment.BELOW, Attainment.ABOVE);
    }

    @Test
    void tasksSayTheirStatusAndHowManyDaysOverdue() {
        progress.show(TestPlans.network());

        PlanProgressViewModel.TaskLine first = progress.tasks().get(0);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.status()).isEqualTo("Chưa thực hiện");
        assertThat(first.activities()).isEqualTo("24");
        assertThat(first.overdue()).isEmpty();
        PlanProgressViewModel.TaskLine second = progress.tasks().get(1);
        assertThat(second.number()).isEqualTo("2.1");
        assertThat(second.due()).isEqualTo("15/10/2025");
        assertThat(second.overdue()).isEqualTo("quá hạn 5 ngày");
    }

    @Test
    void unitsListWhatTheyLeadAndCoordinate() {
        progress.show(TestPlans.network());

        assertThat(progress.units()).extracting(PlanProgressViewModel.UnitLine::unit)
                .containsExactly("Phòng Quản lý Di sản văn hóa", "Bảo tàng Hà Nội", "Văn phòng Sở");
        PlanProgressViewModel.UnitLine lead = progress.units().get(0);
        assertThat(lead.leads()).isEqualTo("1, 2.1");
        assertThat(lead.coordinates()).isEmpty();
        assertThat(lead.overdue()).isEqualTo("1 nhiệm vụ quá hạn");
        assertThat(progress.units().get(1).coordinates()).isEqualTo("1");
    }

    @Test
    void theFirstHalfYearCountsOnlyItsSessions() {
        progress.show(TestPlans.network());
        PlanProgressViewModel.PeriodChoice half = progress.periods().stream()
                .filter(p -> p.label().equals("6 tháng đầu năm 2025")).findFirst().orElseThrow();

        progress.periodProperty().set(half);

        assertThat(progress.targets().get(0).figures()).isEqualTo("17 / 20 – 30 cuộc – chưa đạt");
        assertThat(progress.targets().get(1).figures()).isEqualTo("1 / 3 – 5 cuộc – chưa đạt");
        assertThat(progress.periods()).extracting(PlanProgressViewModel.PeriodChoice::label)
                .contains("Năm 2025", "6 tháng cuối năm 2025", "Quý 3/2025");
    }
}
