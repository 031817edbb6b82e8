package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Quick entry of a network's recurring sessions, a row per session: the clerk types the date (and a title, or leaves the
 * numbered one) and presses Enter; the session joins the plan's activities and the line offers the next date,
 * {@code step} days later, so that 20–30 sessions are typed in a minute.
 */
public final class QuickSessionsViewModel {
    private final PlanEditorViewModel editor;
    private final Messages messages;
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty step = new SimpleStringProperty(this, "step", "7");
    private final ObjectProperty<PlanTask> task = new SimpleObjectProperty<>(this, "task");
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(this, "kind", ActivityKind.ONLINE_SESSION);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper added = new ReadOnlyStringWrapper(this, "added", "");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 0);
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    public QuickSessionsViewModel(PlanEditorViewModel editor, Messages messages) {
        this.editor = editor;
        this.messages = messages;
        place.set(messages.get("ui.plan.quick.online"));
        // The tasks are read again after a save or a discard: keep the chosen one by its id.
        editor.tasks().addListener((javafx.collections.ListChangeListener<PlanTask>) change -> {
            PlanTask chosen = task.get();
            if (chosen != null) {
                task.set(editor.tasks().stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
            }
        });
    }

    /** Enter on the line: adds the session and offers the next date; false (with the error naming the field) when it cannot. */
    public boolean enter() {
        Optional<LocalDate> day = PlanTexts.parseDate(date.get());
        if (day.isEmpty()) {
            error.set(messages.get("ui.plan.quick.error.date", date.get().strip()));
            return false;
        }
        if (task.get() == null) {
            error.set(messages.get("ui.plan.quick.error.task"));
            return false;
        }
        int days;
        try {
            days = Integer.parseInt(step.get().strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > 366) {
            error.set(messages.get("ui.plan.quick.error.step", step.get().strip()));
            return false;
        }
        int n = count.get() + 1;
        ActivityKind chosenKind = kind.get() == null ? ActivityKind.ONLINE_SESSION : kind.get();
        // Numbered after the sessions the task already has: the 23rd of a network's year, not a new first.
        long before = editor.build(new java.util.ArrayList<>()).activitiesOf(task.get().id()).stream()
                .filter(a -> a.kind() == chosenKind).count();
        String name = PlanTexts.blank(title.get()) ? messages.get("ui.plan.quick.title", Long.toString(before + 1)) : title.get().strip();
        editor.activityForm().add(chosenKind, task.get().id(), name, day.get(), place.get());
        count.set(n);
        lines.add(messages.get("ui.plan.quick.line", n, PlanTexts.date(day.get()), name));
        added.set(messages.get("ui.plan.quick.added", n));
        error.set("");
        date.set(PlanTexts.date(day.get().plusDays(days)));
        title.set("");
        return true;
    }

    /** Starts a new run of sessions (the counter and the lines added so far). */
    public void restart() {
        count.set(0);
        lines.clear();
        added.set("");
        error.set("");
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty placeProperty() {
        return place;
    }

    /** Days between two sessions: 7 for weekly ones. */
    public StringProperty stepProperty() {
        return step;
    }

    public ObjectProperty<PlanTask> taskProperty() {
        return task;
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Đã thêm 3 phiên; bấm Lưu để ghi vào kế hoạch." */
    public ReadOnlyStringProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The sessions added in this run, "3. 24/01/2025 – Phiên họp trực tuyến lần 3". */
    public ObservableList<String> lines() {
        return lines;
    }
}
