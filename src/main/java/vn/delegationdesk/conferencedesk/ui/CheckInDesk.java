package vn.delegationdesk.conferencedesk.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.TaskRunner;

/**
 * "Bàn điểm danh hội nghị…" of the "Dữ liệu" menu: opens the check-in for a conference of the open (stored) delegation,
 * asking which one in a small dialog when it has several; says why not when no stored delegation with a conference is open.
 */
public final class CheckInDesk {
    private final ConferenceDeskService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ZoneId zone;

    public CheckInDesk(ConferenceDeskService service, TaskRunner tasks, DialogService dialogs, Messages messages, ZoneId zone) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.zone = zone;
    }

    /** Opens the desk for {@code delegation} (as stored; null when none is open). Empty when nothing was opened. */
    public Optional<Stage> open(Window owner, Delegation delegation) {
        if (delegation == null || delegation.id() == null || delegation.conferences().isEmpty()) {
            dialogs.showInfo(messages.get("conferencedesk.checkin.menu"), messages.get("conferencedesk.checkin.noDelegation"));
            return Optional.empty();
        }
        List<Conference> conferences = delegation.conferences();
        Optional<Conference> chosen = conferences.size() == 1 ? Optional.of(conferences.get(0)) : choose(owner, conferences);
        return chosen.map(c -> open(owner, delegation, c));
    }

    /** Opens the desk for the stored conference {@code conference} of {@code delegation}. */
    public Stage open(Window owner, Delegation delegation, Conference conference) {
        return CheckInView.open(owner, new CheckInViewModel(service, delegation.id(), delegation.conferences(), conference.id(),
                conference.title(), tasks, messages, zone), messages);
    }

    private Optional<Conference> choose(Window owner, List<Conference> conferences) {
        return ConferenceChoice.ask(owner, conferences, messages.get("conferencedesk.checkin.menu"),
                messages.get("conferencedesk.checkin.chooseConference"), messages);
    }
}
