package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.list.DueSoonRow;
import vn.delegationdesk.delegation.list.DueSoonViewModel;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.TestDelegations;
import vn.delegationdesk.testing.TestPlans;

/** "Việc sắp đến hạn" with the plans: the half-year report deadline and an overdue task, each saying which plan. */
class PlanDuesTest {
    private final Messages messages = new Messages();

    @Test
    void theReportDeadlineIsListedWithItsPlanAndOpensThePlan() {
        PlanService plans = new PlanService(new MemoryPlanRepository(), RoleGate.everyRole(() -> "quan_tri"));
        long id = plans.create(TestPlans.network());
        DueSoonViewModel due = new DueSoonViewModel(new DelegationService(InMemoryDelegationRepository.with()),
                new DirectTaskRunner(), messages, () -> LocalDate.of(2025, 6, 10));
        due.setOthers(day -> PlanDues.of(plans.dueWithin(day, DueSoonViewModel.DAYS), messages), opened::add);

        due.reload();

        assertThat(due.rows()).hasSize(1);
        DueSoonRow report = due.rows().get(0);
        assertThat(report.isPlan()).isTrue();
        assertThat(report.date()).isEqualTo("Thứ Sáu, 20/06/2025");
        assertThat(report.remaining()).isEqualTo("còn 10 ngày");
        assertThat(report.role()).isEmpty();
        assertThat(report.firstDuty()).isEqualTo("Báo cáo 6 tháng: gửi về UBND Thành phố");
        assertThat(report.unit()).isEqualTo("UBND Thành phố");
        assertThat(report.delegationTitle()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
        assertThat(report.status()).isEqualTo("Hạn báo cáo");
        assertThat(due.countTextProperty().get()).isEqualTo("1 việc sắp đến hạn");

        due.open(report);
        assertThat(opened).containsExactly(id);
    }

    @Test
    void anOverdueTaskJoinsTheDelegationsItemsByDateInRed() {
        PlanService plans = new PlanService(new MemoryPlanRepository(), RoleGate.everyRole(() -> "quan_tri"));
        plans.create(TestPlans.network());
        InMemoryDelegationRepository delegations = InMemoryDelegationRepository.with(TestDelegations.daklakLamDong());
        DueSoonViewModel due = new DueSoonViewModel(new DelegationService(delegations), new DirectTaskRunner(), messages,
                () -> LocalDate.of(2025, 10, 20));
        due.setOthers(day -> PlanDues.of(plans.dueWithin(day, DueSoonViewModel.DAYS), messages), opened::add);

        due.reload();

        DueSoonRow task = due.rows().stream().filter(DueSoonRow::isPlan).findFirst().orElseThrow();
        assertThat(task.urgency()).isEqualTo(DueSoonRow.Urgency.OVERDUE);
        assertThat(task.remaining()).isEqualTo("quá hạn 5 ngày");
        assertThat(task.status()).isEqualTo("Kế hoạch");
        assertThat(task.firstDuty()).isEqualTo("Nhiệm vụ 2.1: Biên soạn chuyên đề Tạp chí Kiến trúc");
        assertThat(task.delegationTitle()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
        List<LocalDate> order = due.rows().stream().map(r -> vn.delegationdesk.platform.i18n.VietnameseDateParser
                .parse(r.date().substring(r.date().indexOf(", ") + 2)).orElseThrow()).toList();
        assertThat(order).isSorted();
    }

    private final List<Long> opened = new ArrayList<>();
}
