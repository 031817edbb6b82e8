package vn.delegationdesk.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.delegationdesk.plan.ActivityKind;
import vn.delegationdesk.plan.ProgressEntry;
import vn.delegationdesk.plan.Target;
import vn.delegationdesk.plan.ui.common.PlanTexts;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;

/**
 * The form of the chosen row of "Chỉ tiêu": what it shows of a target and puts back into the plan's targets, which
 * {@link PlanEditorViewModel} keeps.
 */
public final class PlanTargetForm {
    /** A target as the Chỉ tiêu table shows it. */
    public record Row(Target target, String label, String field, String unit, String min, String max, String counted) {
    }

    private final ObservableList<Target> targets;
    private final PlanFormInput input;
    private final Messages messages;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty label = text("targetLabel");
    private final StringProperty field = text("targetField");
    private final StringProperty unit = text("targetUnit");
    private final StringProperty min = text("targetMin");
    private final StringProperty max = text("targetMax");
    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(this, "targetKind");
    private final StringProperty entries = text("targetEntries");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "targetError", "");

    PlanTargetForm(ObservableList<Target> targets, PlanFormInput input, Messages messages) {
        this.targets = targets;
        this.input = input;
        this.messages = messages;
    }

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    /** Shows the plan's targets again, one row each. */
    void refreshRows() {
        rows.setAll(targets.stream().map(t -> new Row(t, t.label(), t.field(), t.unit(), VietnameseNumbers.format(t.min()),
                VietnameseNumbers.format(t.max()), t.countedByHand() ? messages.get("ui.plan.target.byHand")
                        : PlanTexts.label(messages, t.countedKind()))).toList());
    }

    public void select(int index) {
        if (index < 0 || index >= targets.size()) {
            return;
        }
        Target t = targets.get(index);
        label.set(t.label());
        field.set(t.field());
        unit.set(t.unit());
        // Grouped as the user reads money ("15.000.000.000"); PlanFormInput takes the dots off again.
        min.set(VietnameseNumbers.format(t.min()));
        max.set(VietnameseNumbers.format(t.max()));
        kind.set(t.countedKind());
        entries.set(PlanTexts.joinLines(t.entries().stream()
                .map(e -> PlanTexts.date(e.date()) + "; " + e.quantity() + (e.source().isEmpty() ? "" : "; " + e.source())).toList()));
        error.set("");
    }

    /** Adds the target of the form (index -1) or replaces the one at {@code index}; false with the form's error when it cannot be read. */
    public boolean put(int index) {
        String where = messages.get("ui.plan.where.targetForm", label.get().strip());
        Long least = input.count(min.get(), where, "ui.plan.field.min", error::set);
        Long most = PlanTexts.blank(max.get()) && least != null ? least : input.count(max.get(), where, "ui.plan.field.max", error::set);
        if (least == null || most == null) {
            return false;
        }
        List<ProgressEntry> read = new ArrayList<>();
        int line = 0;
        for (String row : PlanTexts.lines(entries.get())) {
            line++;
            String[] parts = row.split(";", 3);
            Optional<LocalDate> day = PlanTexts.parseDate(parts[0]);
            Long quantity = parts.length < 2 ? null : PlanFormInput.parseLong(parts[1]);
            if (day.isEmpty() || quantity == null) {
                error.set(messages.get("ui.plan.error.entry", where, line, row));
                return false;
            }
            read.add(new ProgressEntry(day.get(), quantity, parts.length > 2 ? parts[2] : ""));
        }
        String id = index >= 0 && index < targets.size() ? targets.get(index).id()
                : PlanFormInput.nextId("t-", targets.stream().map(Target::id).toList());
        Target target = new Target(id, label.get(), field.get(), unit.get(), least, most, kind.get(), read);
        if (index >= 0 && index < targets.size()) {
            targets.set(index, target);
        } else {
            targets.add(target);
        }
        error.set("");
        return true;
    }

    public void remove(int index) {
        if (index >= 0 && index < targets.size()) {
            targets.remove(index);
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty minProperty() {
        return min;
    }

    public StringProperty maxProperty() {
        return max;
    }

    /** The kind of activity the target counts; null: counted by hand. */
    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    /** Hand entries, one a line: "01/08/2025; 42; Tạp chí Kiến trúc số 8". */
    public StringProperty entriesProperty() {
        return entries;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
