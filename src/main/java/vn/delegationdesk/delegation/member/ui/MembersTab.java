package vn.delegationdesk.delegation.member.ui;

import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorTab;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.ui.MemberImportDialog;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/** "Thành viên" as a tab of the editor: the members table with its quota panel, and the workbook import and export. */
public final class MembersTab implements EditorTab {
    private final MembersEditorViewModel model;
    private final MemberWorkbookCommands workbook;
    private final Messages messages;
    private Node page;

    public MembersTab(DelegationEditorViewModel editor, RosterService roster, TaskRunner tasks, DialogService dialogs,
            Messages messages) {
        this.messages = messages;
        this.model = new MembersEditorViewModel(editor.draft(), editor.conflicts(), messages, editor::describe);
        this.workbook = new MemberWorkbookCommands(editor, model, roster, tasks, dialogs, messages);
    }

    public MembersEditorViewModel model() {
        return model;
    }

    public MemberWorkbookCommands workbook() {
        return workbook;
    }

    @Override
    public String id() {
        return MemberIds.TAB_MEMBERS;
    }

    @Override
    public String title() {
        return messages.get("ui.editor.tab.members");
    }

    @Override
    public Node createPage() {
        page = new MembersEditorPage(model, messages, this::importMembers, workbook::exportMembers).node();
        return page;
    }

    /** "Nhập từ Excel…": choose the workbook, then the mapping and preview dialog; confirming adds and saves. */
    private void importMembers() {
        workbook.startImport().ifPresent(importer ->
                new MemberImportDialog(page.getScene().getWindow(), importer, messages).showAndWait());
    }

    @Override
    public Optional<ObservableBooleanValue> work() {
        return Optional.of(workbook.busyProperty());
    }
}
