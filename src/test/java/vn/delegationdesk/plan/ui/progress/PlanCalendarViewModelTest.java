package vn.delegationdesk.plan.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.TestPlans;

/** "Lịch" of the network plan: activities, report deadlines and tasks due, month by month. */
class PlanCalendarViewModelTest {
    private final PlanCalendarViewModel calendar = new PlanCalendarViewModel(new Messages(), () -> LocalDate.of(2025, 10, 20));

    @Test
    void opensOnThisMonthWithTheTaskDueAndMovesToJuneWithTheHalfYearReport() {
        calendar.show(TestPlans.network());

        assertThat(calendar.headingProperty().get()).isEqualTo("Tháng 10/2025");
        assertThat(calendar.days()).hasSize(42);
        assertThat(calendar.days().get(0).date()).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(day(LocalDate.of(2025, 10, 15)).entries()).extracting(PlanCalendarViewModel.Entry::text)
                .contains("Hạn nhiệm vụ 2.1");
        assertThat(day(LocalDate.of(2025, 10, 20)).today()).isTrue();

        for (int i = 0; i < 4; i++) {
            calendar.previous();
        }

        assertThat(calendar.headingProperty().get()).isEqualTo("Tháng 6/2025");
        assertThat(day(LocalDate.of(2025, 6, 20)).entries()).extracting(PlanCalendarViewModel.Entry::text)
                .containsExactly("Hạn nộp: Báo cáo 6 tháng");
        assertThat(day(LocalDate.of(2025, 6, 20)).entries().get(0).kind()).isEqualTo(PlanCalendarViewModel.EntryKind.REPORT);
        // Session 16 falls on 10/01 + 160 days = 19/06/2025.
        assertThat(day(LocalDate.of(2025, 6, 19)).entries()).extracting(PlanCalendarViewModel.Entry::text)
                .containsExactly("Phiên họp trực tuyến 16");
    }

    private PlanCalendarViewModel.Day day(LocalDate date) {
        return calendar.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }
}
