package vn.delegationdesk.app;

import vn.delegationdesk.budget.BudgetService;
import vn.delegationdesk.budget.ui.BudgetIds;
import vn.delegationdesk.budget.ui.EstimateExport;
import vn.delegationdesk.budget.ui.EstimatePage;
import vn.delegationdesk.budget.ui.EstimateViewModel;
import vn.delegationdesk.budget.ui.RateSetsDialog;
import vn.delegationdesk.budget.ui.RateSetsViewModel;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * Plugs the budget into the delegation editor: the estimate worksheet becomes part of the editor's working
 * state (saved, reverted and asked about with the delegation), its page a tab of the editor, and "Bộ định mức…"
 * opens the rate-set dialog, after which the estimate recomputes. The budget depends on the delegation, so
 * the delegation editor cannot name the budget: the composition root joins them.
 */
final class BudgetComposition {
    private BudgetComposition() {
    }

    static EstimateViewModel install(DelegationEditorViewModel editor, DelegationEditorView view, BudgetService budget,
            TaskRunner tasks, DialogService dialogs, Messages messages, EstimateExport export) {
        EstimateViewModel estimate = new EstimateViewModel(editor.draft(), budget, tasks, dialogs, messages, export);
        editor.addPart(estimate);
        Runnable openRateSets = () -> {
            RateSetsViewModel sets = new RateSetsViewModel(budget, tasks, dialogs, messages, estimate::reloadRateSets);
            sets.load();
            new RateSetsDialog(view.owner(), sets, messages).showAndWait();
        };
        view.addTab(BudgetIds.TAB_ESTIMATE, messages.get("ui.editor.tab.estimate"),
                new EstimatePage(estimate, messages, openRateSets).node());
        return estimate;
    }
}
