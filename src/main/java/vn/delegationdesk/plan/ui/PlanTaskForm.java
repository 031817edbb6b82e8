package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.TaskNumber;
import vn.delegationdesk.plan.TaskStatus;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The form of the chosen row of "Nhiệm vụ" and the reporting period whose results it edits: what it shows of a task and
 * puts back into the plan's tasks (kept in the plan's numbering), which {@link PlanEditorViewModel} keeps.
 */
public final class PlanTaskForm {
    /** A task as the Nhiệm vụ table shows it; {@code result} is its result for the chosen period. */
    public record Row(PlanTask task, String number, String content, String lead, String coordinating, String from,
            String due, String targets, String status, String result) {
    }

    private final ObservableList<PlanTask> tasks;
    private final ObservableList<Target> targets;
    private final PlanFormInput input;
    private final Messages messages;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty number = text("taskNumber");
    private final StringProperty content = text("taskContent");
    private final StringProperty lead = text("taskLead");
    private final StringProperty coordinating = text("taskCoordinating");
    private final StringProperty from = text("taskFrom");
    private final StringProperty due = text("taskDue");
    private final StringProperty targetLabels = text("taskTargets");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "taskStatus", TaskStatus.NOT_STARTED);
    private final StringProperty result = text("taskResult");
    private final StringProperty resultPeriod = text("resultPeriod");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "taskError", "");

    PlanTaskForm(ObservableList<PlanTask> tasks, ObservableList<Target> targets, PlanFormInput input, Messages messages) {
        this.tasks = tasks;
        this.targets = targets;
        this.input = input;
        this.messages = messages;
    }

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    /** {@code list} in the plan's numbering (1, 2, 2.1, 10; a number that cannot be read last). */
    static List<PlanTask> sorted(List<PlanTask> list) {
        return list.stream().sorted(Comparator.comparing((PlanTask t) -> t.parsedNumber().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** Shows the plan's tasks again, one row each, with their results for the chosen period. */
    void refreshRows() {
        String period = resultPeriod.get().strip();
        rows.setAll(tasks.stream().map(t -> new Row(t, t.number(), t.content(), t.leadUnit(),
                PlanTexts.joinItems(t.coordinatingUnits()), PlanTexts.date(t.from()), PlanTexts.date(t.due()),
                PlanTexts.joinItems(t.targetIds().stream().map(id -> targets.stream().filter(x -> x.id().equals(id)).findFirst()
                        .map(Target::label).orElse(id)).toList()),
                PlanTexts.label(messages, t.status()), t.resultFor(period))).toList());
    }

    public void select(int index) {
        if (index < 0 || index >= tasks.size()) {
            return;
        }
        PlanTask t = tasks.get(index);
        number.set(t.number());
        content.set(t.content());
        lead.set(t.leadUnit());
        coordinating.set(PlanTexts.joinItems(t.coordinatingUnits()));
        from.set(PlanTexts.date(t.from()));
        due.set(PlanTexts.date(t.due()));
        targetLabels.set(PlanTexts.joinItems(t.targetIds().stream().map(id -> targets.stream().filter(x -> x.id().equals(id))
                .findFirst().map(Target::label).orElse(id)).toList()));
        status.set(t.status());
        result.set(t.resultFor(resultPeriod.get().strip()));
        error.set("");
    }

    /** Adds the task of the form (index -1) or replaces the one at {@code index}; the table stays in the plan's numbering. */
    public boolean put(int index) {
        String where = messages.get("ui.plan.where.taskForm", number.get().strip());
        List<String> errors = new ArrayList<>();
        LocalDate fromDay = input.dateOf(from.get(), where, "ui.plan.field.from", errors);
        LocalDate dueDay = input.dateOf(due.get(), where, "ui.plan.field.due", errors);
        List<String> targetIds = new ArrayList<>();
        for (String label : PlanTexts.items(targetLabels.get())) {
            Optional<Target> target = targets.stream().filter(t -> t.label().equalsIgnoreCase(label) || t.id().equals(label)).findFirst();
            if (target.isEmpty()) {
                errors.add(messages.get("ui.plan.error.noTarget", where, label));
            } else {
                targetIds.add(target.get().id());
            }
        }
        if (TaskNumber.parse(number.get().strip()).isEmpty()) {
            errors.add(messages.get("validation.plan.task.number", where, number.get().strip()));
        }
        if (!errors.isEmpty()) {
            error.set(String.join("\n", errors));
            return false;
        }
        boolean replacing = index >= 0 && index < tasks.size();
        PlanTask old = replacing ? tasks.get(index) : null;
        String id = replacing ? old.id() : PlanFormInput.nextId("k-", tasks.stream().map(PlanTask::id).toList());
        PlanTask task = new PlanTask(id, number.get(), content.get(), lead.get(), PlanTexts.items(coordinating.get()),
                fromDay, dueDay, targetIds, status.get(), replacing ? old.results() : List.of());
        String period = resultPeriod.get().strip();
        if (!period.isEmpty()) {
            task = task.withResult(period, result.get());
        }
        List<PlanTask> next = new ArrayList<>(tasks);
        if (replacing) {
            next.set(index, task);
        } else {
            next.add(task);
        }
        tasks.setAll(sorted(next));
        error.set("");
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < tasks.size()) {
            tasks.remove(index);
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public StringProperty coordinatingProperty() {
        return coordinating;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty dueProperty() {
        return due;
    }

    /** The labels (or ids) of the targets the task serves, separated by ";". */
    public StringProperty targetsProperty() {
        return targetLabels;
    }

    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    public StringProperty resultProperty() {
        return result;
    }

    /** The reporting period whose results the tasks table shows and the form edits ("2025-H1", "2025"). */
    public StringProperty resultPeriodProperty() {
        return resultPeriod;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
