package vn.delegationdesk.app;

import java.time.Clock;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.MemoryForeignRateSetRepository;
import vn.delegationdesk.abroad.MemoryOutboundRepository;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.MemoryApprovalRepository;
import vn.delegationdesk.delegation.body.BodyProfiles;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.settings.SettingsRepository;
import vn.delegationdesk.settlement.MemorySettlementRepository;
import vn.delegationdesk.settlement.MemoryVoucherFileRepository;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.VoucherFiles;

/**
 * Everything the desktop window and the command line need, built once by the composition root: the services, the
 * user's small settings kept with the data (the folder last used ...), the approval trail, the plans above the trips,
 * the settlements after them and the files attached to their vouchers, the delegates of the conferences (the desk), the
 * delegations abroad (their outbound plans and the foreign rate sets),
 * who works (the {@link CurrentUser}, whose roles gate the writes and the approval steps), the store's login on a shared
 * server ({@code login}; null on a laptop's store), the messages. {@code onClose} releases the store and the instance lock.
 */
public record AppServices(DelegationService delegations, RosterService roster, BudgetService budget,
        DocumentService documents, BodyProfiles bodies, SettingsRepository settings, ApprovalService approvals,
        PlanService plans, SettlementService settlement, VoucherFiles voucherFiles, ConferenceDeskService conferenceDesk,
        AbroadService abroad, CurrentUser user, String login, Messages messages, AutoCloseable onClose) implements AutoCloseable {
    /**
     * Services without a store of their own for the trail, the plans and the settlements: they are kept in memory, the user is the
     * system's, every role.
     */
    public AppServices(DelegationService delegations, RosterService roster, BudgetService budget, DocumentService documents,
            BodyProfiles bodies, SettingsRepository settings, Messages messages, AutoCloseable onClose) {
        this(delegations, roster, budget, documents, bodies, settings, CurrentUser.ofSystem(), messages, onClose);
    }

    private AppServices(DelegationService delegations, RosterService roster, BudgetService budget, DocumentService documents,
            BodyProfiles bodies, SettingsRepository settings, CurrentUser user, Messages messages, AutoCloseable onClose) {
        this(delegations, roster, budget, documents, bodies, settings, new ApprovalService(new MemoryApprovalRepository(), user,
                Clock.systemUTC(), new RevisionFreezing(delegations, budget, documents, messages, Clock.systemUTC())),
                new PlanService(new MemoryPlanRepository(), new RoleGate(user), id -> delegations.find(id).isPresent()),
                new SettlementService(new MemorySettlementRepository(), delegations::find, budget, new RoleGate(user),
                        Clock.systemUTC()), new VoucherFiles(new MemoryVoucherFileRepository(), new RoleGate(user),
                        Clock.systemUTC()), new ConferenceDeskService(new MemoryDelegateRepository(), new RoleGate(user),
                        Clock.systemUTC()), new AbroadService(new MemoryOutboundRepository(),
                        new MemoryForeignRateSetRepository(), delegations::find, new RoleGate(user)), user, null, messages, onClose);
    }

    /** Releases the store; a failure is unchecked, so that closing (in try-with-resources) cannot be interrupted. */
    @Override
    public void close() {
        try {
            onClose.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("closing the store failed", e);
        }
    }
}
