package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The form of the chosen row of "Hoạt động" and "Gắn đoàn công tác…": what it shows of an activity and puts back into
 * the plan's activities, which {@link PlanEditorViewModel} keeps.
 */
public final class PlanActivityForm {
    /** An activity as the Hoạt động table shows it; a delegation no longer kept reads "(đoàn đã bị xóa)". */
    public record Row(PlanActivity activity, String kind, String title, String date, String place, String units,
            String participants, String quantity, String task) {
    }

    private final ObservableList<PlanActivity> activities;
    private final ObservableList<PlanTask> tasks;
    private final PlanFormInput input;
    private final Messages messages;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(this, "activityKind", ActivityKind.WORKSHOP);
    private final StringProperty title = text("activityTitle");
    private final StringProperty date = text("activityDate");
    private final StringProperty place = text("activityPlace");
    private final StringProperty units = text("activityUnits");
    private final StringProperty participants = text("activityParticipants");
    private final StringProperty quantity = text("activityQuantity");
    private final ObjectProperty<PlanTask> task = new SimpleObjectProperty<>(this, "activityTask");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "activityError", "");

    PlanActivityForm(ObservableList<PlanActivity> activities, ObservableList<PlanTask> tasks, PlanFormInput input, Messages messages) {
        this.activities = activities;
        this.tasks = tasks;
        this.input = input;
        this.messages = messages;
    }

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    /**
     * Shows the plan's activities again, one row each; {@code keptDelegations} are the delegations the app keeps (null
     * until loaded: a link is not called deleted before we know).
     */
    void refreshRows(Set<Long> keptDelegations) {
        rows.setAll(activities.stream().map(a -> row(a, keptDelegations)).toList());
    }

    private Row row(PlanActivity a, Set<Long> keptDelegations) {
        String titleText = a.title();
        if (a.isDelegation() && a.delegationId() == null) {
            // Unlinked: its delegation was deleted earlier, or the plan came from another store's package.
            titleText = messages.get("ui.plan.activity.unlinked", a.title());
        } else if (a.isDelegation() && keptDelegations != null && !keptDelegations.contains(a.delegationId())) {
            titleText = messages.get("ui.plan.activity.deleted", a.title());
        }
        String taskNumber = tasks.stream().filter(t -> t.id().equals(a.taskId())).findFirst().map(PlanTask::number).orElse(a.taskId());
        return new Row(a, PlanTexts.label(messages, a.kind()), titleText, PlanTexts.date(a.date()), a.place(), a.units(),
                a.participants() == 0 ? "" : Integer.toString(a.participants()), Long.toString(a.quantity()), taskNumber);
    }

    /** Chooses again the task of the form among the plan's tasks as loaded (none when it is gone). */
    void findTaskAgain() {
        PlanTask chosen = task.get();
        task.set(chosen == null ? null : tasks.stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
    }

    public void select(int index) {
        if (index < 0 || index >= activities.size()) {
            return;
        }
        PlanActivity a = activities.get(index);
        kind.set(a.kind());
        title.set(a.title());
        date.set(PlanTexts.date(a.date()));
        place.set(a.place());
        units.set(a.units());
        participants.set(a.participants() == 0 ? "" : Integer.toString(a.participants()));
        quantity.set(Long.toString(a.quantity()));
        task.set(tasks.stream().filter(t -> t.id().equals(a.taskId())).findFirst().orElse(null));
        error.set("");
    }

    /** Adds the activity of the form (index -1) or replaces the one at {@code index}. */
    public boolean put(int index) {
        String where = messages.get("ui.plan.where.activityForm", title.get().strip());
        List<String> errors = new ArrayList<>();
        LocalDate day = input.dateOf(date.get(), where, "ui.plan.field.date", errors);
        ReadOnlyStringWrapper sink = new ReadOnlyStringWrapper();
        Long people = PlanTexts.blank(participants.get()) ? Long.valueOf(0)
                : input.count(participants.get(), where, "ui.plan.field.participants", sink::set);
        Long times = PlanTexts.blank(quantity.get()) ? Long.valueOf(1) : input.count(quantity.get(), where,
                "ui.plan.field.quantity", sink::set);
        if (people == null || times == null) {
            errors.add(sink.get());
        }
        if (task.get() == null) {
            errors.add(messages.get("ui.plan.error.noTask", where));
        }
        if (!errors.isEmpty()) {
            error.set(String.join("\n", errors));
            return false;
        }
        boolean replacing = index >= 0 && index < activities.size();
        PlanActivity old = replacing ? activities.get(index) : null;
        String id = replacing ? old.id() : nextId();
        ActivityKind chosen = kind.get() == null ? ActivityKind.WORKSHOP : kind.get();
        Long delegation = replacing && chosen == ActivityKind.DELEGATION ? old.delegationId() : null;
        if (chosen == ActivityKind.DELEGATION && delegation == null) {
            error.set(messages.get("ui.plan.error.delegationKind", where));
            return false;
        }
        PlanActivity activity = new PlanActivity(id, task.get().id(), chosen, title.get(), day, place.get(),
                units.get(), people.intValue(), times, delegation, replacing ? old.result() : "");
        if (replacing) {
            activities.set(index, activity);
        } else {
            activities.add(activity);
        }
        error.set("");
        return true;
    }

    private String nextId() {
        return PlanFormInput.nextId("a-", activities.stream().map(PlanActivity::id).toList());
    }

    /** Adds an activity to the plan (the quick entry of sessions). */
    void add(ActivityKind activityKind, String taskId, String activityTitle, LocalDate day, String placeText) {
        activities.add(PlanActivity.event(nextId(), taskId, activityKind, activityTitle, day, placeText));
    }

    /** Links delegation {@code delegation} of the app to task {@code planTask} as an activity; false when either is missing. */
    public boolean linkDelegation(DelegationSummary delegation, PlanTask planTask) {
        if (delegation == null || planTask == null) {
            error.set(messages.get("ui.plan.error.link"));
            return false;
        }
        PlanActivity activity = new PlanActivity(nextId(), planTask.id(), ActivityKind.DELEGATION, delegation.title(),
                delegation.firstDate(), "", "", 0, 1, delegation.id(), "");
        activities.add(activity);
        error.set("");
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < activities.size()) {
            activities.remove(index);
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty unitsProperty() {
        return units;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<PlanTask> taskProperty() {
        return task;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
