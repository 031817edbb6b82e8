package vn.delegationdesk.budget.ui;

import java.util.Optional;
import javafx.scene.Node;
import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.rates.ui.RateSetsDialog;
import vn.delegationdesk.budget.rates.ui.RateSetsViewModel;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.delegation.editor.EditorTab;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * "Dự toán kinh phí" as a tab of the editor: the estimate of the plan as being edited. Its worksheet is part of the
 * editor's working state (saved, reverted and copied with the delegation); "Bộ định mức…" opens the rate-set dialog,
 * after which the estimate recomputes.
 */
public final class EstimateTab implements EditorTab {
    private final EstimateViewModel estimate;
    private final BudgetService budget;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private Node page;

    public EstimateTab(DelegationDraft draft, BudgetService budget, TaskRunner tasks, DialogService dialogs, Messages messages,
            EstimateExport export) {
        this.budget = budget;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.estimate = new EstimateViewModel(draft, budget, tasks, dialogs, messages, export);
    }

    public EstimateViewModel model() {
        return estimate;
    }

    @Override
    public String id() {
        return BudgetIds.TAB_ESTIMATE;
    }

    @Override
    public String title() {
        return messages.get("ui.editor.tab.estimate");
    }

    @Override
    public Node createPage() {
        page = new EstimatePage(estimate, messages, this::openRateSets).node();
        return page;
    }

    @Override
    public Optional<EditorPart> part() {
        return Optional.of(estimate);
    }

    private void openRateSets() {
        RateSetsViewModel sets = new RateSetsViewModel(budget, tasks, dialogs, messages, estimate::reloadRateSets);
        sets.load();
        new RateSetsDialog(page.getScene().getWindow(), sets, messages).showAndWait();
    }
}
