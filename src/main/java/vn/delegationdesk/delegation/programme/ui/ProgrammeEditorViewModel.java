package vn.delegationdesk.delegation.programme.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.conference.ConferenceSchedule;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.format.DelegationFormatter;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeCalendar;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.ProgrammeEdits;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.ui.TimeInput;

/**
 * The programme editor: the calendar of the draft (every leg date and every programme day) day by day and
 * session by session, the selected activity and its form, and the commands that change the programme. Every
 * command goes through {@link DelegationDraft#update}; the lists follow every change of the draft.
 */
public final class ProgrammeEditorViewModel {
    /** A description is cut after this many characters in the undo menu. */
    private static final int UNDO_NAME = 48;
    private final DelegationDraft draft;
    private final Messages messages;
    private final DelegationFormatter formatter;
    private final ObservableList<ProgrammeItems.Day> days = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ProgrammeItems.Day> daysView = FXCollections.unmodifiableObservableList(days);
    private final ObservableList<ProgrammeItems.Target> targets = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ProgrammeItems.Target> targetsView = FXCollections.unmodifiableObservableList(targets);
    private final ReadOnlyObjectWrapper<ActivityRef> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(this, "canEdit", false);
    private final ReadOnlyBooleanWrapper canDelete = new ReadOnlyBooleanWrapper(this, "canDelete", false);
    private final ReadOnlyBooleanWrapper canMoveUp = new ReadOnlyBooleanWrapper(this, "canMoveUp", false);
    private final ReadOnlyBooleanWrapper canMoveDown = new ReadOnlyBooleanWrapper(this, "canMoveDown", false);
    private final ReadOnlyStringWrapper deleteHint = new ReadOnlyStringWrapper(this, "deleteHint", "");
    private final ActivityForm form;
    /** The selected activity as last shown: when the programme changes elsewhere (undo, redo), the selection follows it. */
    private Activity shownActivity;
    /** The programme as last shown, to tell where an activity came back to from where it always was. */
    private List<ProgrammeDay> shownProgramme = List.of();
    /** True while this editor writes the form into the draft: the refresh then leaves the form alone. */
    private boolean applying;
    private boolean loading;

    public ProgrammeEditorViewModel(DelegationDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
        this.formatter = new DelegationFormatter(messages);
        this.form = new ActivityForm(messages, formatter, draft::reportInputError);
        for (ObservableValue<?> field : form.editable()) {
            field.addListener((o, old, value) -> applyForm());
        }
        draft.valueProperty().addListener(o -> refresh());
        refresh();
    }

    // ---- state -----------------------------------------------------------------------------------------

    /** The calendar: one entry per date, in date order. */
    public ObservableList<ProgrammeItems.Day> days() {
        return daysView;
    }

    /** Every session of the calendar, for "Chuyển đến…". */
    public ObservableList<ProgrammeItems.Target> targets() {
        return targetsView;
    }

    public ReadOnlyObjectProperty<ActivityRef> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ActivityForm form() {
        return form;
    }

    /** True when there is a delegation to edit. */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDeleteProperty() {
        return canDelete.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveUpProperty() {
        return canMoveUp.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canMoveDownProperty() {
        return canMoveDown.getReadOnlyProperty();
    }

    /** Why the selected activity cannot be deleted here (a conference's slot), or empty. */
    public ReadOnlyStringProperty deleteHintProperty() {
        return deleteHint.getReadOnlyProperty();
    }

    // ---- commands --------------------------------------------------------------------------------------

    /** Selects the activity at {@code ref} (null: none) and loads it into the form. */
    public void select(ActivityRef ref) {
        Delegation d = draft.get();
        ActivityRef valid = ref != null && d != null && ProgrammeEdits.find(d.programme(), ref).isPresent() ? ref : null;
        selected.set(valid);
        shownActivity = valid == null ? null : ProgrammeEdits.find(d.programme(), valid).orElse(null);
        loadForm();
        updateCommands();
    }

    /** Adds an activity to the session of the selected one, or to the first morning of the calendar. */
    public void add() {
        if (selected.get() != null) {
            add(selected.get().date(), selected.get().halfDay());
        } else if (!days.isEmpty()) {
            add(days.get(0).date(), HalfDay.MORNING);
        }
    }

    /** Adds a new field visit at the end of session {@code halfDay} of {@code date}, at the leg's place, and selects it. */
    public void add(LocalDate date, HalfDay halfDay) {
        Delegation d = draft.get();
        if (d == null) {
            return;
        }
        String place = ProgrammeCalendar.legOn(d.legs(), date).map(Leg::place).orElse("");
        Activity activity = new Activity(halfDay, ActivityKind.FIELD_VISIT, "", place, "", null, null, "");
        Slot slot = new Slot(date, halfDay);
        List<ProgrammeDay> next = ProgrammeEdits.add(d.programme(), date, activity);
        draft.update(b -> b.programme(next));
        select(ProgrammeEdits.lastIn(next, slot));
    }

    /** Deletes the selected activity, unless it is a conference's slot (deleted with its conference). */
    public void delete() {
        ActivityRef ref = selected.get();
        if (ref == null || !canDelete.get()) {
            return;
        }
        draft.update(b -> b.programme(ProgrammeEdits.remove(draft.get().programme(), ref)));
        select(null);
    }

    public void moveUp() {
        ActivityRef ref = selected.get();
        if (ref != null && canMoveUp.get()) {
            draft.update(messages.get("ui.programme.undo.moveUp", undoName(ref)),
                    b -> b.programme(ProgrammeEdits.moveUp(draft.get().programme(), ref)));
            select(new ActivityRef(ref.date(), ref.halfDay(), ref.position() - 1));
        }
    }

    public void moveDown() {
        ActivityRef ref = selected.get();
        if (ref != null && canMoveDown.get()) {
            draft.update(messages.get("ui.programme.undo.moveDown", undoName(ref)),
                    b -> b.programme(ProgrammeEdits.moveDown(draft.get().programme(), ref)));
            select(new ActivityRef(ref.date(), ref.halfDay(), ref.position() + 1));
        }
    }

    public void moveTo(LocalDate date, HalfDay halfDay) {
        moveTo(new Slot(date, halfDay));
    }

    /**
     * Moves the selected activity to the end of session {@code target}. A conference's slot takes its conference
     * along: the conference's date and session change with it.
     */
    public void moveTo(Slot target) {
        ActivityRef ref = selected.get();
        if (ref == null || target == null) {
            return;
        }
        Delegation d = draft.get();
        Activity activity = ProgrammeEdits.find(d.programme(), ref).orElseThrow();
        List<ProgrammeDay> next = ProgrammeEdits.moveTo(d.programme(), ref, target);
        List<Conference> conferences = activity.conferenceId() == null ? d.conferences()
                : ConferenceSchedule.reschedule(d.conferences(), activity.conferenceId(), target);
        draft.update(messages.get("ui.programme.undo.moveTo", undoName(ref), slotText(target)),
                b -> b.programme(next).conferences(conferences));
        select(ProgrammeEdits.lastIn(next, target));
    }

    // ---- refresh ---------------------------------------------------------------------------------------

    private void applyForm() {
        ActivityRef ref = selected.get();
        if (loading || ref == null || draft.get() == null) {
            return;
        }
        Activity edited = form.toActivity(ref.halfDay());
        applying = true;
        try {
            draft.update(b -> b.programme(ProgrammeEdits.replace(draft.get().programme(), ref, edited)));
        } finally {
            applying = false;
        }
    }

    private void refresh() {
        Delegation d = draft.get();
        canEdit.set(d != null);
        if (d == null) {
            days.clear();
            targets.clear();
            selected.set(null);
            loadForm();
            updateCommands();
            return;
        }
        List<ProgrammeItems.Day> built = buildDays(d);
        if (!built.equals(days)) {
            days.setAll(built);
        }
        List<ProgrammeItems.Target> slots = ProgrammeCalendar.slots(d.legs(), d.programme()).stream()
                .map(slot -> new ProgrammeItems.Target(slot, slotText(slot))).toList();
        if (!slots.equals(targets)) {
            targets.setAll(slots);
        }
        if (!applying) {
            select(follow(d, selected.get()));
        } else {
            shownActivity = selected.get() == null ? null : ProgrammeEdits.find(d.programme(), selected.get()).orElse(null);
            updateCommands();
        }
        shownProgramme = d.programme();
    }

    /**
     * Where the activity shown as selected is now: its place when it is still there, else the one place that holds
     * it (in any session) after an undo moved it back, preferring a place it was not at before, else {@code ref}.
     */
    private ActivityRef follow(Delegation d, ActivityRef ref) {
        Activity shown = shownActivity;
        if (shown == null || (ref != null && ProgrammeEdits.find(d.programme(), ref).filter(shown::equals).isPresent())) {
            return ref;
        }
        List<ActivityRef> places = new ArrayList<>();
        List<ActivityRef> arrived = new ArrayList<>();
        for (ProgrammeDay day : d.programme()) {
            for (HalfDay halfDay : ProgrammeCalendar.SESSIONS) {
                List<Activity> session = day.activitiesIn(halfDay);
                for (int i = 0; i < session.size(); i++) {
                    Activity a = session.get(i);
                    if (ProgrammeEdits.inSession(a, shown.halfDay()).equals(shown)) {
                        ActivityRef at = new ActivityRef(day.date(), halfDay, i);
                        places.add(at);
                        if (!ProgrammeEdits.find(shownProgramme, at).equals(Optional.of(a))) {
                            arrived.add(at);
                        }
                    }
                }
            }
        }
        if (arrived.size() == 1) {
            return arrived.get(0);
        }
        return places.size() == 1 ? places.get(0) : ref;
    }

    private void loadForm() {
        loading = true;
        try {
            Delegation d = draft.get();
            ActivityRef ref = selected.get();
            Optional<Activity> activity = ref == null || d == null ? Optional.empty() : ProgrammeEdits.find(d.programme(), ref);
            if (activity.isEmpty()) {
                form.clear();
                return;
            }
            String conference = activity.get().conferenceId() == null ? ""
                    : conferenceTitle(d, activity.get().conferenceId());
            form.load(activity.get(), conference, slotText(ref.slot()));
        } finally {
            loading = false;
        }
    }

    private void updateCommands() {
        Delegation d = draft.get();
        ActivityRef ref = selected.get();
        Optional<Activity> activity = ref == null || d == null ? Optional.empty() : ProgrammeEdits.find(d.programme(), ref);
        boolean linked = activity.isPresent() && activity.get().conferenceId() != null;
        int count = ref == null || d == null ? 0 : d.programme().stream().filter(day -> day.date().equals(ref.date()))
                .mapToInt(day -> day.activitiesIn(ref.halfDay()).size()).sum();
        canDelete.set(activity.isPresent() && !linked);
        canMoveUp.set(activity.isPresent() && ref.position() > 0);
        canMoveDown.set(activity.isPresent() && ref.position() < count - 1);
        deleteHint.set(linked ? messages.get("ui.programme.editor.delete.linked") : "");
    }

    private List<ProgrammeItems.Day> buildDays(Delegation d) {
        Map<LocalDate, ProgrammeDay> byDate = d.programme().stream()
                .collect(Collectors.toMap(ProgrammeDay::date, Function.identity(), (a, b) -> a));
        Set<ActivityRef> flagged = new HashSet<>(ProgrammeCalendar.outsideLegs(d.legs(), d.programme()));
        List<ProgrammeItems.Day> result = new ArrayList<>();
        for (LocalDate date : ProgrammeCalendar.dates(d.legs(), d.programme())) {
            Optional<Leg> leg = ProgrammeCalendar.legOn(d.legs(), date);
            String header = VietnameseDates.withWeekday(date);
            List<ProgrammeItems.Session> sessions = new ArrayList<>();
            for (HalfDay halfDay : ProgrammeCalendar.SESSIONS) {
                List<Activity> activities = byDate.containsKey(date) ? byDate.get(date).activitiesIn(halfDay) : List.of();
                List<ProgrammeItems.Row> rows = new ArrayList<>();
                for (int i = 0; i < activities.size(); i++) {
                    ActivityRef ref = new ActivityRef(date, halfDay, i);
                    rows.add(row(d, ref, activities.get(i), flagged.contains(ref)));
                }
                String label = formatter.label(halfDay);
                sessions.add(new ProgrammeItems.Session(new Slot(date, halfDay), label,
                        messages.get("ui.programme.editor.addTo.accessible", label, header), rows));
            }
            result.add(new ProgrammeItems.Day(date, header, leg.map(Leg::place).orElse(""), leg.isEmpty(),
                    leg.isEmpty() ? messages.get("ui.programme.editor.outsideLegs") : "", sessions));
        }
        return result;
    }

    private ProgrammeItems.Row row(Delegation d, ActivityRef ref, Activity a, boolean flagged) {
        String text = a.description();
        if (text.isEmpty() && a.conferenceId() != null) {
            text = conferenceTitle(d, a.conferenceId());
        }
        if (text.isEmpty()) {
            text = messages.get("ui.programme.editor.noDescription");
        }
        List<String> details = new ArrayList<>();
        if (!a.place().isEmpty()) {
            details.add(messages.get("ui.programme.place", a.place()));
        }
        if (!a.host().isEmpty()) {
            details.add(messages.get("ui.programme.host", a.host()));
        }
        if (a.transport() != null) {
            details.add(messages.get("ui.programme.transport", formatter.label(a.transport())));
        }
        if (!a.notes().isEmpty()) {
            details.add(a.notes());
        }
        String kind = formatter.label(a.kind());
        String time = timeText(a);
        if (!time.isEmpty()) {
            text = messages.get("ui.programme.editor.timed", time, text);
        }
        String flagText = flagged ? messages.get("ui.programme.editor.outsideLegs.tooltip", VietnameseDates.format(ref.date()))
                : "";
        String accessible = messages.get("ui.programme.editor.row.accessible", slotText(ref.slot()), kind, text)
                + (flagged ? " " + flagText : "");
        return new ProgrammeItems.Row(ref, kind, text, details, a.conferenceId() != null, flagged, flagText, accessible);
    }

    /** "08:00–11:30", "từ 08:00", "đến 11:30", or empty when the activity has no clock time. */
    private String timeText(Activity a) {
        if (a.startTime() != null && a.endTime() != null) {
            return messages.get("ui.programme.editor.time.range", TimeInput.format(a.startTime()), TimeInput.format(a.endTime()));
        }
        if (a.startTime() != null) {
            return messages.get("ui.programme.editor.time.from", TimeInput.format(a.startTime()));
        }
        return a.endTime() == null ? "" : messages.get("ui.programme.editor.time.until", TimeInput.format(a.endTime()));
    }

    /** "hoạt động “Đón đoàn, làm việc với Sở…”" for the undo menu, or "hoạt động" while it has no description. */
    private String undoName(ActivityRef ref) {
        Delegation d = draft.get();
        Activity a = ProgrammeEdits.find(d.programme(), ref).orElse(null);
        String text = a == null ? "" : a.description().isEmpty() && a.conferenceId() != null ? conferenceTitle(d, a.conferenceId())
                : a.description();
        text = text.strip().replaceAll("\\s+", " ");
        if (text.length() > UNDO_NAME) {
            text = text.substring(0, UNDO_NAME - 1).stripTrailing() + "…";
        }
        return text.isEmpty() ? messages.get("ui.programme.undo.activity.unnamed") : messages.get("ui.programme.undo.activity", text);
    }

    private static String conferenceTitle(Delegation d, String id) {
        return d.conferences().stream().filter(c -> c.id().equals(id)).map(Conference::title).findFirst().orElse(id);
    }

    /** "Thứ Ba, 14/10/2025 – Buổi chiều". */
    String slotText(Slot slot) {
        return messages.get("ui.programme.editor.slot", VietnameseDates.withWeekday(slot.date()), formatter.label(slot.halfDay()));
    }
}
