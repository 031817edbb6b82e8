package vn.delegationdesk.app.desk;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.delegationdesk.conferencedesk.AttendanceCounts;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.GroupCount;
import vn.delegationdesk.conferencedesk.ui.CheckInDesk;
import vn.delegationdesk.conferencedesk.ui.ConferenceChoice;
import vn.delegationdesk.conferencedesk.ui.DelegateListPage;
import vn.delegationdesk.conferencedesk.ui.DelegateListViewModel;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.conference.ui.ConferenceDeskLink;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * The conference desk's windows for the open (stored) delegation: "Đại biểu hội nghị…" in the Dữ liệu menu (with several
 * conferences the user chooses one first, with none or no stored delegation open a message says what to do), and the
 * conference tab's desk line and buttons ({@link ConferenceDeskLink}) for the conference selected there.
 */
public final class ConferenceDeskCommand implements ConferenceDeskLink {
    /** The Dữ liệu menu's item. */
    public static final String MENU_ITEM = "data-conference-delegates";
    private final ConferenceDeskService desk;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Delegation> open;
    private final Supplier<Window> owner;
    private final CheckInDesk checkIn;
    private final ConferenceDeskDocuments documents;

    public ConferenceDeskCommand(ConferenceDeskService desk, Function<Long, DocumentSettings> settings, Messages messages,
            TaskRunner tasks, DialogService dialogs, Supplier<Delegation> open, Supplier<Window> owner, CheckInDesk checkIn) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.open = open;
        this.owner = owner;
        this.checkIn = checkIn;
        this.documents = new ConferenceDeskDocuments(new ConferenceDocumentService(PdfDocumentWriter::new, messages),
                PdfDocumentWriter::new, settings);
    }

    public void open(Window window) {
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
        Optional<Conference> chosen = conferences.size() == 1 ? Optional.of(conferences.get(0)) : choose(window, conferences);
        chosen.ifPresent(conference -> showList(window, delegation, conference));
    }

    @Override
    public String summary(String conferenceId) {
        Delegation delegation = open.get();
        if (stored(delegation, conferenceId).isEmpty()) {
            return messages.get("ui.conference.desk.unsaved");
        }
        AttendanceCounts counts = desk.counts(desk.delegates(delegation.id(),
                conferenceId));
        GroupCount all = counts.total();
        if (all.invited() + all.walkIns() == 0) {
            return messages.get("ui.conference.desk.empty");
        }
        return messages.get("ui.conference.desk.summary", all.invited(), all.confirmed(), all.attended());
    }

    @Override
    public void openDelegates(String conferenceId, Runnable closed) {
        Delegation delegation = open.get();
        whenStored(delegation, conferenceId, "ui.delegates.menu")
                .ifPresent(c -> showList(owner.get(), delegation, c).setOnHidden(e -> closed.run()));
    }

    @Override
    public void openCheckIn(String conferenceId, Runnable closed) {
        Delegation delegation = open.get();
        whenStored(delegation, conferenceId, "conferencedesk.checkin.menu")
                .ifPresent(c -> checkIn.open(owner.get(), delegation, c).setOnHidden(e -> closed.run()));
    }

    private Stage showList(Window window, Delegation delegation, Conference conference) {
        return DelegateListPage.showWindow(window, new DelegateListViewModel(desk, documents, dialogs,
                messages, tasks, delegation, conference.id()), messages);
    }

    /** The stored conference, or a message saying to save the plan first. */
    private Optional<Conference> whenStored(Delegation delegation, String conferenceId, String titleKey) {
        Optional<Conference> conference = stored(delegation, conferenceId);
        if (conference.isEmpty()) {
            dialogs.showInfo(messages.get(titleKey), messages.get("ui.conference.desk.saveFirst"));
        }
        return conference;
    }

    private static Optional<Conference> stored(Delegation delegation, String conferenceId) {
        if (delegation == null || delegation.id() == null) {
            return Optional.empty();
        }
        return delegation.conferences().stream().filter(c -> c.id().equals(conferenceId)).findFirst();
    }

    private Optional<Conference> choose(Window window, List<Conference> conferences) {
        return ConferenceChoice.ask(window, conferences, messages.get("ui.delegates.chooseConference"),
                messages.get("ui.delegates.chooseConference.message", conferences.size()), messages);
    }
}
