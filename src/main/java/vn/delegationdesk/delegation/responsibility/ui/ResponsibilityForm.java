package vn.delegationdesk.delegation.responsibility.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.draft.DraftList;
import vn.delegationdesk.delegation.draft.ItemFields;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The form of the selected block of "Tổ chức thực hiện": unit, role, status and due date, every change written
 * to the draft at once; the form follows the draft when it changes elsewhere (revert, save). A due date typed
 * wrongly stays in the field with its message, leaves the block's date as it was and stops saving, until it is
 * fixed or another block is chosen.
 */
public final class ResponsibilityForm {
    /** "5/10/2025" and "05/10/2025"; "-" and "." are read as "/". Strict: 31/02/2025 is not a date. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** The draft's name for the typed due date while it is not a date. */
    private static final String DUE_INPUT = "responsibilityForm.dueDate";

    private final Messages messages;
    private final ItemFields<Responsibility> fields;
    private final StringProperty unit;
    private final ObjectProperty<ResponsibilityRole> role;
    private final ObjectProperty<TaskStatus> status;
    private final StringBinding unitError;
    private final ReadOnlyObjectWrapper<LocalDate> dueDate = new ReadOnlyObjectWrapper<>(this, "dueDate");
    private final ReadOnlyStringWrapper dueText = new ReadOnlyStringWrapper(this, "dueText", "");
    private final ReadOnlyStringWrapper dueError = new ReadOnlyStringWrapper(this, "dueError");

    ResponsibilityForm(DelegationDraft draft, DraftList<Responsibility> blocks, Messages messages) {
        this.messages = messages;
        this.fields = new ItemFields<>(blocks);
        unit = fields.text("unit", Responsibility::unit, (r, v) -> new Responsibility(v, r.role(), r.duties(), r.dueDate(), r.status()));
        role = fields.value("role", Responsibility::role,
                (r, v) -> new Responsibility(r.unit(), v, r.duties(), r.dueDate(), r.status()));
        status = fields.value("status", Responsibility::status,
                (r, v) -> new Responsibility(r.unit(), r.role(), r.duties(), r.dueDate(), v));
        unitError = Bindings.createStringBinding(() -> {
            String problem = draft.messageAt("responsibilities[" + blocks.selectedProperty().get() + "].unit");
            return problem == null ? null : messages.get("ui.responsibility.editor.problem",
                    messages.get("ui.responsibility.editor.field.unit"), problem);
        }, draft.errors(), blocks.selectedProperty());
        // A typed due date that is no date must stop saving, like every other field's typed text.
        dueError.addListener((observable, old, message) -> draft.reportInputError(DUE_INPUT, message));
        fields.onShow(this::showDue);
    }

    /** The unit's name as typed; changes go to the draft (trimmed). */
    public StringProperty unitProperty() {
        return unit;
    }

    /** "Đơn vị thực hiện: chưa nhập, trường này là bắt buộc", from the draft's rules; null when fine. */
    public StringBinding unitErrorProperty() {
        return unitError;
    }

    public ObjectProperty<ResponsibilityRole> roleProperty() {
        return role;
    }

    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    public List<ResponsibilityRole> roles() {
        return List.of(ResponsibilityRole.values());
    }

    public List<TaskStatus> statuses() {
        return List.of(TaskStatus.values());
    }

    /** The selected block's due date in the draft (null: none, or nothing selected). */
    public ReadOnlyObjectProperty<LocalDate> dueDateProperty() {
        return dueDate.getReadOnlyProperty();
    }

    /** What the due-date field shows: "10/10/2025", or the text last typed when it was not a date. */
    public ReadOnlyStringProperty dueTextProperty() {
        return dueText.getReadOnlyProperty();
    }

    /** "Hạn hoàn thành không phải ngày hợp lệ (dd/mm/yyyy)" while the typed text is not a date; else null. */
    public ReadOnlyStringProperty dueErrorProperty() {
        return dueError.getReadOnlyProperty();
    }

    /** "10/10/2025"; the empty string for null. */
    public String formatDate(LocalDate date) {
        return VietnameseDates.format(date);
    }

    /**
     * Takes the text typed in the due-date field: a date (d/M/yyyy) or nothing goes to the draft; any other
     * text stays in the field with {@link #dueErrorProperty()} and the draft keeps its date.
     */
    public void commitDueText(String text) {
        if (fields.item() == null) {
            return;
        }
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            setDueDate(null);
            return;
        }
        LocalDate parsed = parse(typed);
        if (parsed == null) {
            dueText.set(typed);
            dueError.set(messages.get("ui.responsibility.editor.due.invalid"));
            return;
        }
        setDueDate(parsed);
    }

    /** Sets the due date (from the calendar, or null for none) and forgets any wrongly typed text. */
    public void setDueDate(LocalDate date) {
        if (fields.item() == null) {
            return;
        }
        dueError.set(null);
        dueDate.set(date);
        dueText.set(formatDate(date));
        fields.write(r -> new Responsibility(r.unit(), r.role(), r.duties(), date, r.status()));
    }

    /** Another block shows its own date; the same block keeps text typed wrongly unless its date changed meanwhile. */
    private void showDue(Responsibility block, boolean anotherBlock) {
        if (block == null) {
            dueDate.set(null);
            dueText.set("");
            dueError.set(null);
        } else if (anotherBlock || !Objects.equals(dueDate.get(), block.dueDate())) {
            dueDate.set(block.dueDate());
            dueText.set(formatDate(block.dueDate()));
            dueError.set(null);
        }
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.replace('-', '/').replace('.', '/'), INPUT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
