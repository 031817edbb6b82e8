package vn.delegationdesk.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.TestPlans;

/** The delegation editor's "Thuộc nhiệm vụ …" line. */
class PlanLinkViewModelTest {
    @Test
    void aLinkedDelegationSaysWhichTaskOfWhichPlan() {
        PlanService service = new PlanService(new MemoryPlanRepository(), RoleGate.everyRole(() -> "quan_tri"), id -> id == 7);
        Plan plan = TestPlans.network();
        List<PlanActivity> activities = new ArrayList<>(plan.activities());
        activities.add(PlanActivity.delegation("a-d1", "k-1", 7, "Đoàn tham dự hội nghị thường niên"));
        service.create(plan.withActivities(activities));
        PlanLinkViewModel link = new PlanLinkViewModel(service, new DirectTaskRunner(), new Messages());

        link.show(7L);
        assertThat(link.textProperty().get()).isEqualTo("Thuộc nhiệm vụ 1 – Kế hoạch tham gia Mạng lưới năm 2025");

        link.show(8L);
        assertThat(link.textProperty().get()).isEmpty();
        link.show(null);
        assertThat(link.textProperty().get()).isEmpty();
    }
}
