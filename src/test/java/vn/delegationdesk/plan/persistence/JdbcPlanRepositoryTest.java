package vn.delegationdesk.plan.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanSummary;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.TaskLink;
import vn.delegationdesk.plan.TaskStatus;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestPlans;
import vn.delegationdesk.testing.TestStores;

/** A plan kept whole on both stores: read back equal, replaced whole, linked to a delegation, deleted with everything. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcPlanRepositoryTest {
    @RegisterExtension
    final TestStores stores;

    JdbcPlanRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void aPlanIsReadBackWholeAndReplacedWhole() {
        Store store = stores.open();
        JdbcPlanRepository plans = new JdbcPlanRepository(store);
        Plan plan = TestPlans.network();
        long id = plans.insert(plan);

        assertThat(plans.findById(id)).contains(plan.withId(id));
        PlanTask first = plan.tasks().get(0).withStatus(TaskStatus.IN_PROGRESS).withResult("2025-H1", "Tham gia 17 phiên họp.");
        Plan edited = plan.withId(id).withTasks(List.of(first)).withActivities(plan.activities().subList(0, 3));
        assertThat(plans.update(edited)).isTrue();

        assertThat(plans.findById(id)).contains(edited);
        assertThat(plans.findSummaries()).extracting(PlanSummary::tasks, PlanSummary::activities).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 3));
        assertThat(plans.findAll()).containsExactly(edited);
    }

    @Test
    void aLinkedDelegationIsFoundAndItsDeletionLeavesTheLinkFlagged() {
        Store store = stores.open();
        JdbcDelegationRepository delegations = new JdbcDelegationRepository(store);
        long delegationId = delegations.insert(SampleDelegation.create());
        JdbcPlanRepository plans = new JdbcPlanRepository(store);
        Plan plan = TestPlans.network();
        List<PlanActivity> activities = new ArrayList<>(plan.activities());
        activities.add(PlanActivity.delegation("a-d1", "k-1", delegationId, "Đoàn khảo sát Đắk Lắk – Lâm Đồng"));
        long id = plans.insert(plan.withActivities(activities));

        assertThat(plans.findLinksTo(delegationId)).containsExactly(new TaskLink(id, plan.title(), "k-1", "1", "a-d1"));
        delegations.delete(delegationId);

        PlanActivity kept = plans.findById(id).orElseThrow().activities().get(24);
        assertThat(kept.id()).isEqualTo("a-d1");
        assertThat(kept.delegationId()).isNull();
        assertThat(plans.delete(id)).isTrue();
        assertThat(plans.findSummaries()).isEmpty();
        assertThat(plans.findById(id)).isEmpty();
    }
}
