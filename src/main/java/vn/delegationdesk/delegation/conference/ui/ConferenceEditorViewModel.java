package vn.delegationdesk.delegation.conference.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.conference.ConferenceSchedule;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeCalendar;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The conference editor: the draft's conferences, the selected one's {@link #form()} and {@link #agenda()}, and the
 * commands. A conference and its CONFERENCE activity in the programme go together: adding a conference creates it,
 * deleting the conference removes it, and the form moves it. Asking the user to confirm a deletion is the view's
 * business ({@link #deleteQuestion()}). A delegation opens on its first conference.
 */
public final class ConferenceEditorViewModel {
    private final DelegationDraft draft;
    private final Messages messages;
    private final DelegationFormatter formatter;
    private final DraftList<Conference> conferences;
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ConferenceItems.Row> rows;
    private final ConferenceForm form;
    private final AgendaList agenda;
    private final BooleanBinding present;
    private final BooleanBinding canAdd;
    private final StringBinding selectedId;
    private final ReadOnlyStringWrapper deskSummary = new ReadOnlyStringWrapper("");
    private ConferenceDeskLink desk;

    public ConferenceEditorViewModel(DelegationDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
        this.formatter = new DelegationFormatter(messages);
        this.conferences = new DraftList<>(draft, Delegation::conferences, (b, v) -> b.conferences(v));
        this.rows = conferences.rows((i, c) -> new ConferenceItems.Row(c.id(), displayTitle(c),
                slotText(ConferenceSchedule.slotOf(c))));
        this.form = new ConferenceForm(draft, conferences, messages, this::slotText);
        this.agenda = new AgendaList(conferences, messages);
        form.onShow(agenda::clearError);
        present = Bindings.createBooleanBinding(() -> conferences.selectedItem() != null, conferences.selectedProperty(),
                conferences.items());
        selectedId = Bindings.createStringBinding(() -> present.get() ? conferences.selectedItem().id() : null, present,
                conferences.selectedProperty(), conferences.items());
        selectedId.addListener((o, old, id) -> refreshDesk());
        canAdd = Bindings.createBooleanBinding(() -> {
            Delegation d = draft.get();
            return d != null && !ProgrammeCalendar.dates(d.legs(), d.programme()).isEmpty();
        }, draft.valueProperty());
    }

    /** The conferences as the list shows them. */
    public ObservableList<ConferenceItems.Row> conferences() {
        return rows;
    }

    /** The selected conference's index, -1 for none. */
    public IntegerProperty selectedProperty() {
        return conferences.selectedProperty();
    }

    /** True while the rows are being replaced from the draft (see {@link DraftList#isRefreshing()}). */
    public boolean isRefreshing() {
        return conferences.isRefreshing();
    }

    /** The selected conference's id ("hoi-nghi-3"), or null. */
    public StringBinding selectedIdProperty() {
        return selectedId;
    }

    /** True while a conference is selected (the form is shown). */
    public BooleanBinding presentProperty() {
        return present;
    }

    /** True when the calendar has a date to hold a new conference on. */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** Why "Thêm hội nghị" is greyed: a conference needs a day of the trip, so no legs and no programme day means none. */
    public StringBinding addUnavailableProperty() {
        return Bindings.createStringBinding(() -> canAdd.get() ? "" : messages.get("ui.conference.editor.add.unavailable"),
                canAdd);
    }

    /** Gives the tab the conference desk; without it the tab shows no desk line. */
    public void setDeskLink(ConferenceDeskLink link) {
        this.desk = link;
        refreshDesk();
    }

    /** True when the tab reaches a conference desk. */
    public boolean hasDesk() {
        return desk != null;
    }

    /** The selected conference's desk in one line, empty when there is no desk or no conference. */
    public ReadOnlyStringProperty deskSummaryProperty() {
        return deskSummary.getReadOnlyProperty();
    }

    /** Reads the selected conference's desk line again (after its windows changed it). */
    public void refreshDesk() {
        String id = selectedId.get();
        deskSummary.set(desk == null || id == null ? "" : desk.summary(id));
    }

    /** Opens the selected conference's delegate list. */
    public void openDelegates() {
        String id = selectedId.get();
        if (desk != null && id != null) {
            desk.openDelegates(id, this::refreshDesk);
        }
    }

    /** Opens the selected conference's check-in desk. */
    public void openCheckIn() {
        String id = selectedId.get();
        if (desk != null && id != null) {
            desk.openCheckIn(id, this::refreshDesk);
        }
    }

    /** The selected conference's fields. */
    public ConferenceForm form() {
        return form;
    }

    /** The selected conference's agenda. */
    public AgendaList agenda() {
        return agenda;
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
        conferences.select(list.size() - 1);
    }

    /** The question the view asks before {@link #delete()}, naming the selected conference. */
    public String deleteQuestion() {
        Conference c = conferences.selectedItem();
        return c == null ? "" : messages.get("ui.conference.editor.delete.question", displayTitle(c));
    }

    /** The title of the confirmation asked before {@link #delete()}. */
    public String deleteQuestionTitle() {
        return messages.get("ui.conference.editor.delete.title");
    }

    /** Deletes the selected conference and its activity in the programme; selects the next one. */
    public void delete() {
        Conference conference = conferences.selectedItem();
        if (conference == null) {
            return;
        }
        Delegation d = draft.get();
        int index = conferences.selectedProperty().get();
        List<Conference> list = new ArrayList<>(d.conferences());
        list.remove(index);
        List<ProgrammeDay> programme = ConferenceSchedule.unlink(d.programme(), conference.id());
        draft.update(b -> b.conferences(list).programme(programme));
        conferences.select(Math.min(index, list.size() - 1));
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

    private String displayTitle(Conference c) {
        return c.title().isEmpty() ? messages.get("ui.conference.editor.untitled") : c.title();
    }

    private String slotText(Slot s) {
        return messages.get("ui.programme.editor.slot", VietnameseDates.withWeekday(s.date()), formatter.label(s.halfDay()));
    }
}
