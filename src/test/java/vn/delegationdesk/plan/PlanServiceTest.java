package vn.delegationdesk.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.RoleRefused;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.TestPlans;

/** Bad plans refused whole with the row and field named; the due view's tasks and report deadlines; roles. */
class PlanServiceTest {
    private final Messages messages = new Messages();
    private final MemoryPlanRepository repository = new MemoryPlanRepository();
    private final PlanService service = new PlanService(repository, RoleGate.everyRole(() -> "lan"));

    @Test
    void anUpsideDownRangeATaskOutsideThePeriodAndAHugeResultAreNamedAndNothingIsStored() {
        Plan plan = TestPlans.network();
        Plan bad = plan.withTargets(List.of(Target.counted("t-1", "Phiên họp online", "", "cuộc", 30, 20,
                        ActivityKind.ONLINE_SESSION), plan.targets().get(1), plan.targets().get(2)))
                .withTasks(List.of(plan.tasks().get(0).withResult("2025-H1", "x".repeat(40_000)),
                        PlanTask.of("k-2", "2.1", "Biên soạn chuyên đề", "Phòng Quản lý Di sản văn hóa", List.of(), null,
                                LocalDate.of(2026, 3, 1), List.of())));

        assertThatThrownBy(() -> service.create(bad)).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(refused.errors()).extracting(e -> messages.get(e.messageKey(), e.args().toArray())).containsExactly(
                        "Chỉ tiêu «Phiên họp online»: mức tối thiểu 30 lớn hơn mức tối đa 20",
                        "Nhiệm vụ 1 – Kết quả kỳ 2025-H1: dài 40.000 ký tự, tối đa 4.000",
                        "Nhiệm vụ 2.1: ngày 01/03/2026 nằm ngoài thời gian của kế hoạch (01/01/2025 – 31/12/2025)"));
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void theDueViewListsOpenTasksAndReportDeadlines() {
        service.create(TestPlans.network());

        List<PlanDue> due = service.dueWithin(LocalDate.of(2025, 6, 10), 14);

        assertThat(due).extracting(PlanDue::date, PlanDue::isReport, PlanDue::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 6, 20), true, "UBND Thành phố"));
        assertThat(service.dueWithin(LocalDate.of(2025, 11, 1), 14)).extracting(PlanDue::taskNumber)
                .containsExactly("2.1");
    }

    @Test
    void aLoginWithoutTheOrganiserRoleIsRefused() {
        PlanService finance = new PlanService(repository, new RoleGate(() -> new User("ke_toan", Set.of(Role.FINANCE))));

        assertThatThrownBy(() -> finance.create(TestPlans.network())).isInstanceOf(RoleRefused.class)
                .satisfies(e -> assertThat(messages.describeFailure(e, " "))
                        .isEqualTo("Lưu kế hoạch, chương trình: cần vai trò «Soạn kế hoạch»; tài khoản ke_toan không có vai trò này"));
    }
}
