package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.Set;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestPlans;
import vn.delegationdesk.testing.TestServices;

/** The plans area's view models over plans kept in memory, on a fixed day (20/10/2025), with the network plan stored. */
final class PlanUiFixture {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 20);

    final Messages messages = new Messages();
    final MemoryPlanRepository repository = new MemoryPlanRepository();
    final RecordingDialogService dialogs = new RecordingDialogService();
    final PlanService service;
    final PlansViewModel plans;
    final long networkId;

    PlanUiFixture() {
        this(Set.of(Role.values()));
    }

    PlanUiFixture(Set<Role> roles) {
        service = new PlanService(repository, new RoleGate(() -> new User("chuyen_vien", roles)), id -> true);
        networkId = new PlanService(repository, RoleGate.everyRole(() -> "quan_tri")).create(TestPlans.network());
        plans = new PlansViewModel(service, TestServices.bodies(), new DelegationService(new InMemoryDelegationRepository()),
                new DirectTaskRunner(), dialogs, messages, () -> TODAY);
    }

    /** Loads the list and opens the network plan. */
    PlanEditorViewModel openNetwork() {
        plans.load();
        plans.choose(0);
        return plans.editor();
    }
}
