package vn.delegationdesk.settlement.ui.page;

import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.delegation.editor.EditorTab;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.settlement.SettlementService;
import vn.delegationdesk.settlement.VoucherFiles;
import vn.delegationdesk.settlement.ui.SettlementViewModel;

/**
 * "Thanh toán sau chuyến đi" as a tab of the editor: the settlement of the open delegation, saved and reverted with it
 * (its {@link SettlementViewModel} is the tab's part). The export menu's items are added by the composition root
 * through {@link SettlementViewModel#addExport}.
 */
public final class SettlementTab implements EditorTab {
    private final SettlementViewModel settlement;
    private final Messages messages;

    public SettlementTab(DelegationDraft draft, SettlementService service, VoucherFiles files, TaskRunner tasks, DialogService dialogs,
            Messages messages, ZoneId zone) {
        this.messages = messages;
        this.settlement = new SettlementViewModel(draft, service, files, tasks, dialogs, messages, zone);
    }

    public SettlementViewModel model() {
        return settlement;
    }

    @Override
    public String id() {
        return SettlementIds.TAB;
    }

    @Override
    public String title() {
        return messages.get("ui.settlement.tab");
    }

    @Override
    public Node createPage() {
        return new SettlementPage(settlement, messages).node();
    }

    @Override
    public Optional<EditorPart> part() {
        return Optional.of(settlement);
    }

    @Override
    public Optional<ObservableBooleanValue> work() {
        return Optional.of(settlement.busyProperty());
    }

    @Override
    public void setShowing(boolean showing) {
        settlement.setShowing(showing);
    }
}
