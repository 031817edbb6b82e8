package vn.delegationdesk.delegation.member.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.FileNames;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.ImportContext;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.ui.MemberImportViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FileTargets;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.platform.ui.ViewModel;

/**
 * The members tab's workbook commands: "Nhập từ Excel…" (choose a workbook, then the mapping and preview dialog;
 * confirming adds every accepted row and saves the delegation in one transaction) and "Xuất Excel…".
 */
public final class MemberWorkbookCommands extends ViewModel {
    private final DelegationEditorViewModel editor;
    private final MembersEditorViewModel members;
    private final RosterService roster;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;

    public MemberWorkbookCommands(DelegationEditorViewModel editor, MembersEditorViewModel members, RosterService roster,
            TaskRunner tasks, DialogService dialogs, Messages messages) {
        super(tasks);
        this.editor = editor;
        this.members = members;
        this.roster = roster;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * Asks for a member workbook and starts reading it; the returned import view model drives the mapping and
     * preview dialog. Nothing is written until the user confirms; then {@link #importMembers} runs.
     */
    public Optional<MemberImportViewModel> startImport() {
        Delegation d = editor.draft().get();
        if (d == null) {
            return Optional.empty();
        }
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("ui.members.import.choose"), messages.get("ui.members.file.filter"),
                "*.xlsx");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        MemberImportViewModel importer = new MemberImportViewModel(roster, new ImportContext(d.members(), d.groups()), tasks,
                messages, this::importMembers);
        importer.start(file.get());
        return Optional.of(importer);
    }

    /** Adds imported members to the delegation and stores it (one transaction); refused like any save while invalid. */
    public void importMembers(List<Member> imported) {
        if (editor.draft().get() == null || imported.isEmpty()) {
            return;
        }
        members.append(imported);
        if (editor.save()) {
            members.announce(messages.get("ui.members.imported", imported.size()));
        } else {
            // The plan has other problems: the rows are in the list, but not stored until those are fixed.
            members.announce(messages.get("ui.members.importedUnsaved", imported.size(), editor.problemCount()));
        }
    }

    /**
     * Asks where to write the member list ("Danh-sach-thanh-vien_Dak-Lak-Lam-Dong_10-2025.xlsx" proposed) and writes it as
     * a workbook in the background.
     */
    public void exportMembers() {
        Delegation d = editor.draft().get();
        if (d == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("ui.members.export.choose"),
                FileNames.forDelegation(messages.get("ui.fileName.members"), d, "xlsx"), messages.get("ui.members.file.filter"),
                "*.xlsx").flatMap(chosen -> FileTargets.withExtension(chosen, "xlsx", dialogs, messages));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        List<Member> list = d.members();
        runInBackground(() -> {
            roster.export(list, d.groups(), target);
            return target;
        }, written -> members.announce(messages.get("ui.members.exported", list.size(), written.toString())),
                error -> dialogs.showError(messages.get("ui.members.export.failed"), messages.describeFailure(error, "\n")));
    }
}
