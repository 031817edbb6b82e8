package vn.delegationdesk.testing;

import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.Workspace;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.body.BodyProfiles;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.persistence.SettingsMappingMemory;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.documents.ui.DocumentsTab;
import vn.delegationdesk.platform.i18n.Messages;

/** {@link AppServices} over an in-memory repository. */
public final class TestServices {
    private TestServices() {
    }

    public static AppServices inMemory(Delegation... delegations) {
        return of(InMemoryDelegationRepository.with(delegations));
    }

    public static AppServices of(InMemoryDelegationRepository repository) {
        InMemorySettingsRepository settings = new InMemorySettingsRepository();
        return new AppServices(new DelegationService(repository), new RosterService(new SettingsMappingMemory(settings)),
                budget(), documents(), bodies(), settings, new Messages(), () -> { });
    }

    /** No body profiles kept yet. */
    public static BodyProfiles bodies() {
        return new BodyProfiles(new InMemoryBodyProfileRepository());
    }

    /** A document service over {@link FakeDocuments} and no stored settings. */
    public static DocumentService documents() {
        return FakeDocuments.service(new InMemoryDocumentSettingsRepository());
    }

    /** A budget service over the built-in rate sets and no stored worksheets. */
    public static BudgetService budget() {
        return new BudgetService(new InMemoryRateSetRepository(), new InMemoryWorksheetRepository());
    }

    /** Devices that write nothing and print nowhere: the estimate export is dropped, the printer and viewer do nothing. */
    public static Workspace.Devices quietDevices() {
        return new Workspace.Devices((estimate, delegation, file) -> { },
                new DocumentsTab.Devices(new PdfPageRasterizer(48), (pdf, job) -> true, file -> { }));
    }
}
