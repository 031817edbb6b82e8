package vn.delegationdesk.abroad.ui;

import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.EditorTab;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * "Đi nước ngoài" as a tab of the editor. It is not a part of the editor's working copy: the plan is read when the tab
 * shows a stored delegation and stored with the tab's own button "Lưu kế hoạch đi nước ngoài" ({@link AbroadViewModel}).
 */
public final class AbroadTab implements EditorTab {
    private final AbroadViewModel model;
    private final AbroadPapersCommand papers;
    private final Messages messages;

    public AbroadTab(DelegationDraft draft, AbroadService service, AbroadPapers papers, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.messages = messages;
        this.model = new AbroadViewModel(draft, service, tasks, dialogs, messages);
        this.papers = new AbroadPapersCommand(model, papers, dialogs, messages);
    }

    public AbroadPapersCommand papers() {
        return papers;
    }

    public AbroadViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return AbroadIds.TAB;
    }

    @Override
    public String title() {
        return messages.get("ui.abroad.tab");
    }

    @Override
    public Node createPage() {
        return new AbroadPage(model, papers, messages).node();
    }

    @Override
    public Optional<ObservableBooleanValue> work() {
        return Optional.of(model.busyProperty());
    }

    @Override
    public void setShowing(boolean showing) {
        model.setShowing(showing);
    }
}
