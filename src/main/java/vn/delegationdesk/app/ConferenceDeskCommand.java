package vn.delegationdesk.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import vn.delegationdesk.conferencedesk.ui.ConferenceChoice;
import vn.delegationdesk.conferencedesk.ui.DelegateListPage;
import vn.delegationdesk.conferencedesk.ui.DelegateListViewModel;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * "Đại biểu hội nghị…" in the Dữ liệu menu: the delegate list of the open (stored) delegation's conference in a window of
 * its own; with several conferences the user chooses one first, with none (or no stored delegation open) a message says
 * what to do.
 */
final class ConferenceDeskCommand {
    /** The Dữ liệu menu's item. */
    static final String MENU_ITEM = "data-conference-delegates";
    private final AppServices services;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Delegation> open;
    private final ConferenceDeskDocuments documents;

    ConferenceDeskCommand(AppServices services, TaskRunner tasks, DialogService dialogs, Supplier<Delegation> open) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = services.messages();
        this.open = open;
        this.documents = new ConferenceDeskDocuments(new ConferenceDocumentService(PdfDocumentWriter::new, messages),
                PdfDocumentWriter::new, id -> services.documents().settings(id));
    }

    void open(Window owner) {
        Delegation delegation = open.get();
        String title = messages.get("ui.delegates.menu");
        if (delegation == null || delegation.id() == null) {
            dialogs.showInfo(title, messages.get("ui.delegates.noDelegation"));
            return;
        }
        List<Conference> conferences = delegation.conferences();
        if (conferences.isEmpty()) {
            dialogs.showInfo(title, messages.get("ui.delegates.noConference"));
            return;
        }
        Optional<Conference> chosen = conferences.size() == 1 ? Optional.of(conferences.get(0)) : choose(owner, conferences);
        chosen.ifPresent(conference -> DelegateListPage.showWindow(owner, new DelegateListViewModel(services.conferenceDesk(),
                documents, dialogs, messages, tasks, delegation, conference.id()), messages));
    }

    private Optional<Conference> choose(Window owner, List<Conference> conferences) {
        return ConferenceChoice.ask(owner, conferences, messages.get("ui.delegates.chooseConference"),
                messages.get("ui.delegates.chooseConference.message", conferences.size()), messages);
    }
}
