package vn.delegationdesk.delegation.conference.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.conference.ConferenceSchedule;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.draft.ItemFields;
import vn.delegationdesk.delegation.programme.ProgrammeCalendar;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.delegation.programme.ui.ProgrammeItems;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The form of the selected conference: title, session, venue and its standard, expected delegates and
 * co-organiser, every change written to the draft at once. Its CONFERENCE activity in the programme follows:
 * another session moves it, and its place and host follow the venue and co-organiser while they still were the
 * conference's own. Delegates typed as anything but a whole number stay in the field with their message, leave
 * the draft as it was and stop saving, until they are fixed or the conference is shown again.
 */
public final class ConferenceForm {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    /** The draft's name for the typed delegates while they are not a number. */
    private static final String DELEGATES_INPUT = "conferenceForm.expectedDelegates";

    private final DelegationDraft draft;
    private final Messages messages;
    private final Function<Slot, String> slotText;
    private final ObservableList<ProgrammeItems.Target> slots = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ProgrammeItems.Target> slotsView = FXCollections.unmodifiableObservableList(slots);
    private final ItemFields<Conference> fields;
    private final StringProperty title;
    private final ObjectProperty<ProgrammeItems.Target> slot;
    private final StringProperty venue;
    private final StringProperty venueStandard;
    private final StringProperty coOrganiser;
    private final StringProperty expectedDelegates = new SimpleStringProperty(this, "expectedDelegates", "");
    private final ReadOnlyStringWrapper expectedDelegatesError = new ReadOnlyStringWrapper(this, "expectedDelegatesError");
    private final StringBinding titleError;

    ConferenceForm(DelegationDraft draft, DraftList<Conference> conferences, Messages messages, Function<Slot, String> slotText) {
        this.draft = draft;
        this.messages = messages;
        this.slotText = slotText;
        // The sessions to choose from are in place before the form shows the conference's own.
        conferences.follow(anotherConference -> refreshSlots(conferences.selectedItem()));
        fields = new ItemFields<>(conferences, this::store);
        title = fields.text("title", Conference::title,
                (c, v) -> copy(c, v, c.venue(), c.venueStandard(), c.expectedDelegates(), c.coOrganiser()));
        slot = fields.value("slot", c -> target(ConferenceSchedule.slotOf(c)), (c, v) -> ConferenceSchedule.at(c, v.slot()));
        venue = fields.text("venue", Conference::venue,
                (c, v) -> copy(c, c.title(), v, c.venueStandard(), c.expectedDelegates(), c.coOrganiser()));
        venueStandard = fields.text("venueStandard", Conference::venueStandard,
                (c, v) -> copy(c, c.title(), c.venue(), v, c.expectedDelegates(), c.coOrganiser()));
        coOrganiser = fields.text("coOrganiser", Conference::coOrganiser,
                (c, v) -> copy(c, c.title(), c.venue(), c.venueStandard(), c.expectedDelegates(), v));
        expectedDelegates.addListener((observable, old, typed) -> takeDelegates(typed));
        // Typed delegates that are no number must stop saving, like every other field's typed text.
        expectedDelegatesError.addListener((observable, old, message) -> draft.reportInputError(DELEGATES_INPUT, message));
        fields.onShow((c, anotherConference) -> {
            expectedDelegates.set(c == null || c.expectedDelegates() == 0 ? "" : Integer.toString(c.expectedDelegates()));
            expectedDelegatesError.set(null);
        });
        titleError = Bindings.createStringBinding(
                () -> draft.messageAt("conferences[" + conferences.selectedProperty().get() + "].title"),
                draft.errors(), conferences.selectedProperty());
        refreshSlots(conferences.selectedItem());
    }

    /** The sessions a conference can be held in: the programme calendar. */
    public ObservableList<ProgrammeItems.Target> slots() {
        return slotsView;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ProgrammeItems.Target> slotProperty() {
        return slot;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty venueStandardProperty() {
        return venueStandard;
    }

    /** The expected number of delegates as typed; only a whole number ≥ 0 (or nothing, meaning 0) reaches the draft. */
    public StringProperty expectedDelegatesProperty() {
        return expectedDelegates;
    }

    public StringProperty coOrganiserProperty() {
        return coOrganiser;
    }

    /** The draft's problem with the title ("chưa nhập, trường này là bắt buộc"), or null. */
    public StringBinding titleErrorProperty() {
        return titleError;
    }

    public ReadOnlyStringProperty expectedDelegatesErrorProperty() {
        return expectedDelegatesError.getReadOnlyProperty();
    }

    /** Runs {@code action} whenever the form shows a conference anew (another one, or a change made elsewhere). */
    void onShow(Runnable action) {
        fields.onShow((c, anotherConference) -> action.run());
    }

    private void takeDelegates(String text) {
        if (fields.isShowing() || fields.item() == null) {
            return;
        }
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty() || WHOLE_NUMBER.matcher(typed).matches()) {
            int delegates = typed.isEmpty() ? 0 : Integer.parseInt(typed);
            expectedDelegatesError.set(null);
            fields.write(c -> copy(c, c.title(), c.venue(), c.venueStandard(), delegates, c.coOrganiser()));
        } else {
            expectedDelegatesError.set(messages.get("ui.conference.editor.error.delegates"));
        }
    }

    /** Writes the changed conference, its activity in the programme following its session, venue and co-organiser. */
    private void store(Conference before, Conference after) {
        Delegation d = draft.get();
        List<ProgrammeDay> programme = ConferenceSchedule.followDetails(ConferenceSchedule.place(d.programme(), after), before,
                after);
        List<Conference> conferences = d.conferences().stream().map(c -> c.id().equals(after.id()) ? after : c).toList();
        draft.update(b -> b.conferences(conferences).programme(programme));
    }

    /** The calendar's sessions, plus the conference's own should it lie outside. */
    private void refreshSlots(Conference conference) {
        Delegation d = draft.get();
        List<Slot> available = new ArrayList<>(d == null ? List.of() : ProgrammeCalendar.slots(d.legs(), d.programme()));
        if (conference != null && !available.contains(ConferenceSchedule.slotOf(conference))) {
            available.add(ConferenceSchedule.slotOf(conference));
        }
        available.sort(null);
        List<ProgrammeItems.Target> targets = available.stream().map(this::target).toList();
        if (!targets.equals(slots)) {
            slots.setAll(targets);
        }
    }

    private ProgrammeItems.Target target(Slot s) {
        return new ProgrammeItems.Target(s, slotText.apply(s));
    }

    private static Conference copy(Conference c, String title, String venue, String venueStandard, int delegates,
            String coOrganiser) {
        return new Conference(c.id(), title, c.date(), c.halfDay(), venue, venueStandard, delegates, coOrganiser, c.agenda());
    }
}
