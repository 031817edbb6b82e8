package vn.delegationdesk.documents.ui;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.delegation.editor.EditorTab;
import vn.delegationdesk.documents.DocumentService;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * "Văn bản" as a tab of the editor: the document settings are part of the editor's working state (saved, reverted
 * and copied with the delegation); the preview follows the draft and the estimate on screen and is made only while
 * the tab shows.
 */
public final class DocumentsTab implements EditorTab {
    /** What the page needs from the machine: drawing PDF pages, printing, opening in another program. */
    public record Devices(PageRasterizer rasterizer, DocumentPrinter printer, DocumentOpener opener) {
    }

    private final DocumentsViewModel model;
    private final Messages messages;
    private DocumentsPage page;

    public DocumentsTab(DelegationDraft draft, ObservableValue<Estimate> estimate, DocumentService documents, Devices devices,
            TaskRunner tasks, DialogService dialogs, Messages messages) {
        this.messages = messages;
        this.model = new DocumentsViewModel(draft, estimate, documents, devices.rasterizer(), devices.printer(), devices.opener(),
                tasks, dialogs, messages);
    }

    public DocumentsViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return DocumentIds.TAB_DOCUMENTS;
    }

    @Override
    public String title() {
        return messages.get("ui.editor.tab.documents");
    }

    @Override
    public Node createPage() {
        page = new DocumentsPage(model, messages);
        return page.node();
    }

    @Override
    public Optional<EditorPart> part() {
        return Optional.of(model);
    }

    @Override
    public void setShowing(boolean showing) {
        if (page != null) {
            page.setShowing(showing);
        }
    }
}
