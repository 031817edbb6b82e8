package vn.delegationdesk.delegation.conference.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.conference.ConferenceSchedule;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeCalendar;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.delegation.programme.ui.ProgrammeItems;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The conference editor: the draft's conferences, the selected one's fields and agenda, and the commands.
 * A conference and its CONFERENCE activity in the programme move together: choosing another slot moves the
 * activity, adding a conference creates it, deleting the conference removes it. Asking the user to confirm a
 * deletion is the view's business ({@link #deleteQuestion()}).
 */
public final class ConferenceEditorViewModel {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private final DelegationDraft draft;
    private final Messages messages;
    private final DelegationFormatter formatter;
    private final ObservableList<ConferenceItems.Row> conferences = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ConferenceItems.Row> conferencesView = FXCollections.unmodifiableObservableList(conferences);
    private final ObservableList<ProgrammeItems.Target> slots = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ProgrammeItems.Target> slotsView = FXCollections.unmodifiableObservableList(slots);
    private final ObservableList<ConferenceItems.AgendaRow> agenda = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ConferenceItems.AgendaRow> agendaView = FXCollections.unmodifiableObservableList(agenda);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", false);
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd", false);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<ProgrammeItems.Target> slot = new SimpleObjectProperty<>(this, "slot");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final StringProperty venueStandard = new SimpleStringProperty(this, "venueStandard", "");
    private final StringProperty expectedDelegates = new SimpleStringProperty(this, "expectedDelegates", "");
    private final StringProperty coOrganiser = new SimpleStringProperty(this, "coOrganiser", "");
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError");
    private final ReadOnlyStringWrapper expectedDelegatesError = new ReadOnlyStringWrapper(this, "expectedDelegatesError");
    private final ReadOnlyStringWrapper agendaError = new ReadOnlyStringWrapper(this, "agendaError");
    private final IntegerProperty selectedAgenda = new SimpleIntegerProperty(this, "selectedAgenda", -1);
    private final ReadOnlyBooleanWrapper canMoveAgendaUp = new ReadOnlyBooleanWrapper(this, "canMoveAgendaUp", false);
    private final ReadOnlyBooleanWrapper canMoveAgendaDown = new ReadOnlyBooleanWrapper(this, "canMoveAgendaDown", false);
    private final ReadOnlyBooleanWrapper canDeleteAgenda = new ReadOnlyBooleanWrapper(this, "canDeleteAgenda", false);
    private boolean applying;
    private boolean loading;

    public ConferenceEditorViewModel(DelegationDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
        this.formatter = new DelegationFormatter(messages);
        for (ObservableValue<?> field : List.<ObservableValue<?>>of(title, slot, venue, venueStandard, expectedDelegates,
                coOrganiser)) {
            field.addListener((o, old, value) -> applyForm());
        }
        selectedAgenda.addListener(o -> updateAgendaCommands());
        draft.valueProperty().addListener(o -> refresh());
        draft.errors().addListener((Observable o) -> updateTitleError());
        // Typed delegates that are no number must stop saving, like every other field's typed text.
        expectedDelegatesError.addListener((o, old, message) -> draft.reportInputError("conferenceForm.expectedDelegates",
                message));
        refresh();
    }

    // ---- state -----------------------------------------------------------------------------------------

    public ObservableList<ConferenceItems.Row> conferences() {
        return conferencesView;
    }

    /** The sessions a conference can be held in: the programme calendar. */
    public ObservableList<ProgrammeItems.Target> slots() {
        return slotsView;
    }

    public ObservableList<ConferenceItems.AgendaRow> agenda() {
        return agendaView;
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** True while a conference is selected (the form is shown). */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    /** True when the calendar has a date to hold a new conference on. */
    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
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

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expectedDelegatesErrorProperty() {
        return expectedDelegatesError.getReadOnlyProperty();
    }

    /** The last refused agenda edit ("Thời lượng phải là số phút nguyên dương"), or null. */
    public ReadOnlyStringProperty agendaErrorProperty() {
        return agendaError.getReadOnlyProperty();
    }

    /** The selected agenda row (-1: none). */
    public IntegerProperty selectedAgendaProperty() {
        return selectedAgenda;
    }

    public ReadOnlyBooleanProperty canMoveAgendaUpProperty() {
        return canMoveAgendaUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveAgendaDownProperty() {
        return canMoveAgendaDown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeleteAgendaProperty() {
        return canDeleteAgenda.getReadOnlyProperty();
    }

    // ---- conferences -----------------------------------------------------------------------------------

    public void select(String id) {
        Delegation d = draft.get();
        boolean exists = id != null && d != null && d.conferences().stream().anyMatch(c -> c.id().equals(id));
        String next = exists ? id : null;
        if (next == null || !next.equals(selectedId.get())) {
            selectedAgenda.set(-1);
        }
        selectedId.set(next);
        loadForm();
    }

    /**
     * Adds a conference with a new id ("hoi-nghi-3") in the first free morning or afternoon of the calendar,
     * with its CONFERENCE activity in the programme, and selects it; its title is still to be typed.
     */
    public void add() {
        Delegation d = draft.get();
        if (d == null || !canAdd.get()) {
            return;
        }
        Slot where = freeSlot(d);
        Conference conference = new Conference(ConferenceSchedule.nextId(d.conferences()), "", where.date(), where.halfDay(),
                "", "", 0, "", List.of());
        List<Conference> list = new ArrayList<>(d.conferences());
        list.add(conference);
        List<ProgrammeDay> programme = ConferenceSchedule.place(d.programme(), conference);
        draft.update(b -> b.conferences(list).programme(programme));
        select(conference.id());
    }

    /** The question the view asks before {@link #delete()}, naming the selected conference. */
    public String deleteQuestion() {
        return selected().map(c -> messages.get("ui.conference.editor.delete.question", displayTitle(c))).orElse("");
    }

    /** The title of the confirmation asked before {@link #delete()}. */
    public String deleteQuestionTitle() {
        return messages.get("ui.conference.editor.delete.title");
    }

    /** Deletes the selected conference and its activity in the programme; selects the next one. */
    public void delete() {
        Optional<Conference> conference = selected();
        if (conference.isEmpty()) {
            return;
        }
        Delegation d = draft.get();
        int index = d.conferences().indexOf(conference.get());
        List<Conference> list = new ArrayList<>(d.conferences());
        list.remove(index);
        List<ProgrammeDay> programme = ConferenceSchedule.unlink(d.programme(), conference.get().id());
        draft.update(b -> b.conferences(list).programme(programme));
        select(list.isEmpty() ? null : list.get(Math.min(index, list.size() - 1)).id());
    }

    // ---- agenda ----------------------------------------------------------------------------------------

    /** Adds an empty agenda point at the end and selects it. */
    public void addAgendaItem() {
        Optional<Conference> conference = selected();
        if (conference.isEmpty()) {
            return;
        }
        List<AgendaItem> items = new ArrayList<>(conference.get().agenda());
        items.add(new AgendaItem("", "", null));
        replaceAgenda(conference.get(), items);
        selectedAgenda.set(items.size() - 1);
    }

    public void deleteAgendaItem() {
        Optional<Conference> conference = selected();
        int index = selectedAgenda.get();
        if (conference.isEmpty() || index < 0 || index >= conference.get().agenda().size()) {
            return;
        }
        List<AgendaItem> items = new ArrayList<>(conference.get().agenda());
        items.remove(index);
        replaceAgenda(conference.get(), items);
        selectedAgenda.set(items.isEmpty() ? -1 : Math.min(index, items.size() - 1));
    }

    public void moveAgendaUp() {
        moveAgenda(-1);
    }

    public void moveAgendaDown() {
        moveAgenda(1);
    }

    public void editAgendaContent(int index, String text) {
        editAgenda(index, item -> new AgendaItem(text, item.presenter(), item.durationMinutes()));
    }

    public void editAgendaPresenter(int index, String text) {
        editAgenda(index, item -> new AgendaItem(item.content(), text, item.durationMinutes()));
    }

    /** Sets the duration in minutes; anything but a whole positive number (or nothing) is refused with a message. */
    public void editAgendaDuration(int index, String text) {
        String typed = text == null ? "" : text.strip();
        if (!typed.isEmpty() && (!WHOLE_NUMBER.matcher(typed).matches() || Integer.parseInt(typed) == 0)) {
            agendaError.set(messages.get("ui.conference.editor.error.duration"));
            return;
        }
        Integer minutes = typed.isEmpty() ? null : Integer.parseInt(typed);
        editAgenda(index, item -> new AgendaItem(item.content(), item.presenter(), minutes));
    }

    private void moveAgenda(int step) {
        Optional<Conference> conference = selected();
        int index = selectedAgenda.get();
        int target = index + step;
        if (conference.isEmpty() || index < 0 || target < 0 || target >= conference.get().agenda().size()) {
            return;
        }
        List<AgendaItem> items = new ArrayList<>(conference.get().agenda());
        items.add(target, items.remove(index));
        replaceAgenda(conference.get(), items);
        selectedAgenda.set(target);
    }

    private void editAgenda(int index, UnaryOperator<AgendaItem> edit) {
        Optional<Conference> conference = selected();
        if (conference.isEmpty() || index < 0 || index >= conference.get().agenda().size()) {
            return;
        }
        agendaError.set(null);
        List<AgendaItem> items = new ArrayList<>(conference.get().agenda());
        items.set(index, edit.apply(items.get(index)));
        replaceAgenda(conference.get(), items);
    }

    private void replaceAgenda(Conference c, List<AgendaItem> items) {
        Conference next = new Conference(c.id(), c.title(), c.date(), c.halfDay(), c.venue(), c.venueStandard(),
                c.expectedDelegates(), c.coOrganiser(), items);
        draft.update(b -> b.conferences(replaced(draft.get().conferences(), next)));
    }

    // ---- form and refresh ------------------------------------------------------------------------------

    private void applyForm() {
        Optional<Conference> current = selected();
        if (loading || current.isEmpty()) {
            return;
        }
        Conference c = current.get();
        String typed = expectedDelegates.get() == null ? "" : expectedDelegates.get().strip();
        int delegates = c.expectedDelegates();
        if (typed.isEmpty()) {
            delegates = 0;
            expectedDelegatesError.set(null);
        } else if (WHOLE_NUMBER.matcher(typed).matches()) {
            delegates = Integer.parseInt(typed);
            expectedDelegatesError.set(null);
        } else {
            expectedDelegatesError.set(messages.get("ui.conference.editor.error.delegates"));
        }
        Slot where = slot.get() == null ? ConferenceSchedule.slotOf(c) : slot.get().slot();
        Conference next = new Conference(c.id(), title.get(), where.date(), where.halfDay(), venue.get(), venueStandard.get(),
                delegates, coOrganiser.get(), c.agenda());
        applying = true;
        try {
            Delegation d = draft.get();
            List<ProgrammeDay> programme = ConferenceSchedule.followDetails(ConferenceSchedule.place(d.programme(), next), c,
                    next);
            draft.update(b -> b.conferences(replaced(d.conferences(), next)).programme(programme));
        } finally {
            applying = false;
        }
    }

    private void refresh() {
        Delegation d = draft.get();
        canAdd.set(d != null && !ProgrammeCalendar.dates(d.legs(), d.programme()).isEmpty());
        List<ConferenceItems.Row> rows = d == null ? List.of() : d.conferences().stream()
                .map(c -> new ConferenceItems.Row(c.id(), displayTitle(c), slotText(ConferenceSchedule.slotOf(c)))).toList();
        if (!rows.equals(conferences)) {
            conferences.setAll(rows);
        }
        if (!applying) {
            select(selectedId.get() == null && !rows.isEmpty() ? rows.get(0).id() : selectedId.get());
        } else {
            refreshSlotsAndAgenda();
        }
        updateTitleError();
    }

    private void loadForm() {
        loading = true;
        try {
            Optional<Conference> conference = selected();
            present.set(conference.isPresent());
            refreshSlotsAndAgenda();
            if (conference.isEmpty()) {
                title.set("");
                slot.set(null);
                venue.set("");
                venueStandard.set("");
                expectedDelegates.set("");
                coOrganiser.set("");
                expectedDelegatesError.set(null);
                agendaError.set(null);
                return;
            }
            Conference c = conference.get();
            title.set(c.title());
            slot.set(new ProgrammeItems.Target(ConferenceSchedule.slotOf(c), slotText(ConferenceSchedule.slotOf(c))));
            venue.set(c.venue());
            venueStandard.set(c.venueStandard());
            expectedDelegates.set(c.expectedDelegates() == 0 ? "" : Integer.toString(c.expectedDelegates()));
            coOrganiser.set(c.coOrganiser());
            expectedDelegatesError.set(null);
            agendaError.set(null);
        } finally {
            loading = false;
        }
        updateTitleError();
    }

    /** The calendar's sessions (plus the conference's own, should it lie outside) and the agenda rows. */
    private void refreshSlotsAndAgenda() {
        Delegation d = draft.get();
        Optional<Conference> conference = selected();
        List<Slot> available = new ArrayList<>(d == null ? List.of() : ProgrammeCalendar.slots(d.legs(), d.programme()));
        conference.map(ConferenceSchedule::slotOf).filter(s -> !available.contains(s)).ifPresent(available::add);
        available.sort(null);
        List<ProgrammeItems.Target> targets = available.stream().map(s -> new ProgrammeItems.Target(s, slotText(s))).toList();
        if (!targets.equals(slots)) {
            boolean wasLoading = loading;
            loading = true;
            try {
                slots.setAll(targets);
            } finally {
                loading = wasLoading;
            }
        }
        List<ConferenceItems.AgendaRow> rows = new ArrayList<>();
        conference.ifPresent(c -> {
            for (int i = 0; i < c.agenda().size(); i++) {
                AgendaItem item = c.agenda().get(i);
                rows.add(new ConferenceItems.AgendaRow(i, (i + 1) + ".", item.content(), item.presenter(),
                        item.durationMinutes() == null ? "" : Integer.toString(item.durationMinutes())));
            }
        });
        if (!rows.equals(agenda)) {
            agenda.setAll(rows);
        }
        updateAgendaCommands();
    }

    private void updateAgendaCommands() {
        int index = selectedAgenda.get();
        int size = agenda.size();
        canDeleteAgenda.set(index >= 0 && index < size);
        canMoveAgendaUp.set(index > 0 && index < size);
        canMoveAgendaDown.set(index >= 0 && index < size - 1);
    }

    private void updateTitleError() {
        Delegation d = draft.get();
        Optional<Conference> conference = selected();
        titleError.set(conference.isEmpty() ? null
                : draft.messageAt("conferences[" + d.conferences().indexOf(conference.get()) + "].title"));
    }

    private Optional<Conference> selected() {
        Delegation d = draft.get();
        String id = selectedId.get();
        return d == null || id == null ? Optional.empty() : d.conferences().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The first morning or afternoon with nothing planned, leg dates before the others; else the first morning. */
    private static Slot freeSlot(Delegation d) {
        List<LocalDate> dates = ProgrammeCalendar.dates(d.legs(), d.programme());
        List<LocalDate> insideFirst = new ArrayList<>(dates.stream().filter(x -> ProgrammeCalendar.insideLegs(d.legs(), x)).toList());
        dates.stream().filter(x -> !insideFirst.contains(x)).forEach(insideFirst::add);
        for (LocalDate date : insideFirst) {
            Optional<ProgrammeDay> day = d.programme().stream().filter(p -> p.date().equals(date)).findFirst();
            for (HalfDay halfDay : List.of(HalfDay.MORNING, HalfDay.AFTERNOON)) {
                boolean busy = day.isPresent() && (!day.get().activitiesIn(halfDay).isEmpty()
                        || !day.get().activitiesIn(HalfDay.ALL_DAY).isEmpty());
                if (!busy) {
                    return new Slot(date, halfDay);
                }
            }
        }
        return new Slot(dates.get(0), HalfDay.MORNING);
    }

    private static List<Conference> replaced(List<Conference> list, Conference next) {
        return list.stream().map(c -> c.id().equals(next.id()) ? next : c).toList();
    }

    private String displayTitle(Conference c) {
        return c.title().isEmpty() ? messages.get("ui.conference.editor.untitled") : c.title();
    }

    private String slotText(Slot s) {
        return messages.get("ui.programme.editor.slot", VietnameseDates.withWeekday(s.date()), formatter.label(s.halfDay()));
    }
}
