package vn.delegationdesk.testing;

import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.roster.RosterService;

/** {@link AppServices} over an in-memory repository. */
public final class TestServices {
    private TestServices() {
    }

    public static AppServices inMemory(Delegation... delegations) {
        return of(InMemoryDelegationRepository.with(delegations));
    }

    public static AppServices of(InMemoryDelegationRepository repository) {
        return new AppServices(new DelegationService(repository), new RosterService(new InMemorySettingsRepository()),
                budget(), new Messages(), () -> { });
    }

    /** A budget service over the built-in rate sets and no stored worksheets. */
    public static BudgetService budget() {
        return new BudgetService(new InMemoryRateSetRepository(), new InMemoryWorksheetRepository());
    }
}
