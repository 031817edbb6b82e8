package vn.delegationdesk.app;

import javafx.scene.control.Tab;
import vn.delegationdesk.budget.ui.EstimateViewModel;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.documents.ui.DocumentIds;
import vn.delegationdesk.documents.ui.DocumentOpener;
import vn.delegationdesk.documents.ui.DocumentPrinter;
import vn.delegationdesk.documents.ui.DocumentsPage;
import vn.delegationdesk.documents.ui.DocumentsViewModel;
import vn.delegationdesk.documents.ui.PageRasterizer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * Plugs the documents into the delegation editor: their settings become part of the editor's working state (saved,
 * reverted and copied with the delegation), and "Văn bản" a tab after the estimate, whose preview follows the draft and
 * the estimate on screen and is made again when the tab shows. The documents depend on the delegation and the budget,
 * which cannot name them: the composition root joins them.
 */
final class DocumentsComposition {
    /** What the page needs from the machine: drawing PDF pages, printing, opening in another program. */
    record Devices(PageRasterizer rasterizer, DocumentPrinter printer, DocumentOpener opener) {
    }

    private DocumentsComposition() {
    }

    static DocumentsViewModel install(DelegationEditorViewModel editor, DelegationEditorView view, EstimateViewModel estimate,
            DocumentService documents, Devices devices, TaskRunner tasks, DialogService dialogs, Messages messages) {
        DocumentsViewModel model = new DocumentsViewModel(editor.draft(), estimate.estimateProperty(), documents,
                devices.rasterizer(), devices.printer(), devices.opener(), tasks, dialogs, messages);
        editor.addPart(model);
        DocumentsPage page = new DocumentsPage(model, messages);
        Tab tab = view.addTab(DocumentIds.TAB_DOCUMENTS, messages.get("ui.editor.tab.documents"), page.node());
        tab.selectedProperty().addListener((observable, was, selected) -> page.setShowing(selected));
        page.setShowing(tab.isSelected());
        return model;
    }
}
