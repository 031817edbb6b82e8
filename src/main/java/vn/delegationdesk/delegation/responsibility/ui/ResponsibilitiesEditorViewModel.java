package vn.delegationdesk.delegation.responsibility.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.EnumLabels;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;

/**
 * The "Tổ chức thực hiện" editor: the blocks of the draft as table rows (add, delete, move) and a form for
 * the selected block (unit, role, due date, status, ordered duties). Every change goes straight into the
 * {@link DelegationDraft}; the form follows the draft when it changes elsewhere (revert, save). A due date
 * typed wrongly stays in the field with its message and leaves the draft as it was.
 */
public final class ResponsibilitiesEditorViewModel {
    /** "5/10/2025" and "05/10/2025"; "-" and "." are read as "/". Strict: 31/02/2025 is not a date. */
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final DelegationDraft draft;
    private final Messages messages;
    private final EnumLabels labels;

    private final ObservableList<ResponsibilityRow> blocks = FXCollections.observableArrayList();
    private final ObservableList<ResponsibilityRow> readOnlyBlocks = FXCollections.unmodifiableObservableList(blocks);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");

    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final ObjectProperty<ResponsibilityRole> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ReadOnlyObjectWrapper<LocalDate> dueDate = new ReadOnlyObjectWrapper<>(this, "dueDate");
    private final ReadOnlyStringWrapper dueText = new ReadOnlyStringWrapper(this, "dueText", "");
    private final ReadOnlyStringWrapper dueError = new ReadOnlyStringWrapper(this, "dueError");
    private final ReadOnlyStringWrapper unitError = new ReadOnlyStringWrapper(this, "unitError");
    private final ObservableList<String> duties = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyDuties = FXCollections.unmodifiableObservableList(duties);
    /** Held here: the draft's read-only view of its problems lives only as long as someone references it. */
    private final ObservableList<ValidationError> errors;
    private final ReadOnlyIntegerWrapper selectedDuty = new ReadOnlyIntegerWrapper(this, "selectedDuty", -1);

    private final BooleanBinding hasSelection = selectedIndex.greaterThanOrEqualTo(0);
    private final BooleanBinding canMoveUp = selectedIndex.greaterThan(0);
    private final BooleanBinding canMoveDown;
    private final BooleanBinding hasDutySelection = selectedDuty.greaterThanOrEqualTo(0);
    private final BooleanBinding canMoveDutyUp = selectedDuty.greaterThan(0);
    private final BooleanBinding canMoveDutyDown;

    /** True while this view model writes its own properties or lists, so their listeners do not echo back. */
    private boolean syncing;

    public ResponsibilitiesEditorViewModel(DelegationDraft draft, Messages messages) {
        this.draft = draft;
        this.messages = messages;
        this.labels = new EnumLabels(messages);
        this.errors = draft.errors();
        canMoveDown = Bindings.createBooleanBinding(
                () -> selectedIndex.get() >= 0 && selectedIndex.get() < blocks.size() - 1, selectedIndex, blocks);
        canMoveDutyDown = Bindings.createBooleanBinding(
                () -> selectedDuty.get() >= 0 && selectedDuty.get() < duties.size() - 1, selectedDuty, duties);
        unit.addListener((observable, old, value) -> edit(r -> with(r, value, r.role(), r.duties(), r.dueDate(), r.status())));
        role.addListener((observable, old, value) -> {
            if (value != null) {
                edit(r -> with(r, r.unit(), value, r.duties(), r.dueDate(), r.status()));
            }
        });
        status.addListener((observable, old, value) -> {
            if (value != null) {
                edit(r -> with(r, r.unit(), r.role(), r.duties(), r.dueDate(), value));
            }
        });
        // A typed due date that is no date must stop saving, like every other field's typed text.
        dueError.addListener((observable, old, message) -> draft.reportInputError("responsibilityForm.dueDate", message));
        draft.valueProperty().addListener((observable, old, value) -> {
            if (old == null || value == null || !Objects.equals(old.id(), value.id())) {
                selectedIndex.set(value == null || value.responsibilities().isEmpty() ? -1 : 0);
                refresh();
                loadForm();
            } else {
                refresh();
            }
        });
        errors.addListener((InvalidationListener) observable -> refresh());
        selectedIndex.set(items().isEmpty() ? -1 : 0);
        refresh();
        loadForm();
    }

    // ---- the blocks --------------------------------------------------------------------------------------

    public ObservableList<ResponsibilityRow> blocks() {
        return readOnlyBlocks;
    }

    /** "4 đơn vị thực hiện". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** The block the form shows, -1 for none. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public BooleanBinding canMoveUpProperty() {
        return canMoveUp;
    }

    public BooleanBinding canMoveDownProperty() {
        return canMoveDown;
    }

    /** Shows block {@code index} in the form (-1 or out of range: none). Ignored while the rows are rebuilt. */
    public void select(int index) {
        if (syncing) {
            return;
        }
        int bounded = index >= 0 && index < blocks.size() ? index : -1;
        if (bounded != selectedIndex.get()) {
            selectedIndex.set(bounded);
            loadForm();
        }
    }

    /** Adds an empty block at the end and selects it: "Chủ trì" when no block leads yet, else "Phối hợp". */
    public void addBlock() {
        List<Responsibility> items = items();
        boolean led = items.stream().anyMatch(r -> r.role() == ResponsibilityRole.LEAD);
        items.add(new Responsibility("", led ? ResponsibilityRole.COORDINATING : ResponsibilityRole.LEAD, List.of(), null,
                TaskStatus.NOT_STARTED));
        change(items, items.size() - 1);
    }

    public void deleteBlock() {
        int index = selectedIndex.get();
        if (index < 0) {
            return;
        }
        List<Responsibility> items = items();
        items.remove(index);
        change(items, Math.min(index, items.size() - 1));
    }

    public void moveUp() {
        moveBlock(-1);
    }

    public void moveDown() {
        moveBlock(1);
    }

    private void moveBlock(int step) {
        int index = selectedIndex.get();
        List<Responsibility> items = items();
        int target = index + step;
        if (index < 0 || target < 0 || target >= items.size()) {
            return;
        }
        items.add(target, items.remove(index));
        change(items, target);
    }

    // ---- the form ----------------------------------------------------------------------------------------

    /** The unit's name as typed; changes go to the draft (trimmed). */
    public StringProperty unitProperty() {
        return unit;
    }

    /** "Đơn vị thực hiện: chưa nhập, trường này là bắt buộc", from the draft's rules; null when fine. */
    public ReadOnlyStringProperty unitErrorProperty() {
        return unitError.getReadOnlyProperty();
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

    /** "Chủ trì", "Đã hoàn thành", …; the empty string for null. */
    public String label(Enum<?> value) {
        return labels.label(value);
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
        if (selectedIndex.get() < 0) {
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
        if (selectedIndex.get() < 0) {
            return;
        }
        dueError.set(null);
        dueDate.set(date);
        dueText.set(formatDate(date));
        edit(r -> with(r, r.unit(), r.role(), r.duties(), date, r.status()));
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.replace('-', '/').replace('.', '/'), INPUT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- the duties of the selected block ------------------------------------------------------------------

    public ObservableList<String> duties() {
        return readOnlyDuties;
    }

    public ReadOnlyIntegerProperty selectedDutyProperty() {
        return selectedDuty.getReadOnlyProperty();
    }

    public BooleanBinding hasDutySelectionProperty() {
        return hasDutySelection;
    }

    public BooleanBinding canMoveDutyUpProperty() {
        return canMoveDutyUp;
    }

    public BooleanBinding canMoveDutyDownProperty() {
        return canMoveDutyDown;
    }

    public void selectDuty(int index) {
        if (!syncing) {
            selectedDuty.set(index >= 0 && index < duties.size() ? index : -1);
        }
    }

    /** Appends an empty duty and selects it; the view opens it for typing (left empty, it goes again). */
    public void addDuty() {
        if (selectedIndex.get() < 0) {
            return;
        }
        List<String> next = new ArrayList<>(duties);
        next.add("");
        changeDuties(next, next.size() - 1);
    }

    /** The edited text of duty {@code index}; an empty text removes the duty. */
    public void commitDuty(int index, String text) {
        if (index < 0 || index >= duties.size()) {
            return;
        }
        List<String> next = new ArrayList<>(duties);
        if (Texts.isBlank(text)) {
            next.remove(index);
            changeDuties(next, Math.min(index, next.size() - 1));
        } else {
            next.set(index, Texts.clean(text));
            changeDuties(next, index);
        }
    }

    /** Editing stopped without a change: a duty that is still empty (just added) goes. */
    public void cancelDutyEdit(int index) {
        if (index >= 0 && index < duties.size() && duties.get(index).isEmpty()) {
            commitDuty(index, "");
        }
    }

    public void deleteDuty() {
        int index = selectedDuty.get();
        if (index >= 0 && index < duties.size()) {
            List<String> next = new ArrayList<>(duties);
            next.remove(index);
            changeDuties(next, Math.min(index, next.size() - 1));
        }
    }

    public void moveDutyUp() {
        moveDuty(-1);
    }

    public void moveDutyDown() {
        moveDuty(1);
    }

    private void moveDuty(int step) {
        int index = selectedDuty.get();
        int target = index + step;
        if (index < 0 || target < 0 || target >= duties.size()) {
            return;
        }
        List<String> next = new ArrayList<>(duties);
        next.add(target, next.remove(index));
        changeDuties(next, target);
    }

    private void changeDuties(List<String> next, int select) {
        edit(r -> with(r, r.unit(), r.role(), next, r.dueDate(), r.status()));
        syncList(duties, next);
        selectedDuty.set(select);
    }

    // ---- draft <-> view model ------------------------------------------------------------------------------

    private List<Responsibility> items() {
        Delegation current = draft.get();
        return current == null ? new ArrayList<>() : new ArrayList<>(current.responsibilities());
    }

    /** Applies {@code change} to the selected block, unless the change comes from the view model itself. */
    private void edit(UnaryOperator<Responsibility> change) {
        int index = selectedIndex.get();
        List<Responsibility> items = items();
        if (syncing || index < 0 || index >= items.size()) {
            return;
        }
        items.set(index, change.apply(items.get(index)));
        draft.update(b -> b.responsibilities(items));
    }

    private void change(List<Responsibility> items, int select) {
        draft.update(b -> b.responsibilities(items));
        selectedIndex.set(select >= 0 && select < blocks.size() ? select : -1);
        loadForm();
    }

    private static Responsibility with(Responsibility r, String unit, ResponsibilityRole role, List<String> duties,
            LocalDate due, TaskStatus status) {
        return new Responsibility(unit, role, duties, due, status);
    }

    /** Rows and form from the draft; only what differs is written, so table and list keep their selection. */
    private void refresh() {
        List<Responsibility> items = items();
        List<ResponsibilityRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.add(row(i, items.get(i)));
        }
        boolean wasSyncing = syncing;
        syncing = true;
        try {
            syncList(blocks, rows);
        } finally {
            syncing = wasSyncing;
        }
        countText.set(items.isEmpty() ? "" : messages.get("ui.responsibility.editor.count", items.size()));
        if (selectedIndex.get() >= items.size()) {
            selectedIndex.set(items.isEmpty() ? -1 : items.size() - 1);
            loadForm();
        } else {
            syncForm(false);
        }
    }

    private void loadForm() {
        syncForm(true);
    }

    /** Writes the selected block into the form; {@code reset} also drops a wrongly typed date and the duty selection. */
    private void syncForm(boolean reset) {
        int index = selectedIndex.get();
        List<Responsibility> items = items();
        Responsibility r = index >= 0 && index < items.size() ? items.get(index) : null;
        boolean wasSyncing = syncing;
        syncing = true;
        try {
            if (r == null) {
                unit.set("");
                role.set(null);
                status.set(null);
                dueDate.set(null);
                dueText.set("");
                dueError.set(null);
                duties.clear();
                selectedDuty.set(-1);
                unitError.set(null);
                return;
            }
            if (!Texts.clean(unit.get()).equals(r.unit())) {
                unit.set(r.unit());
            }
            role.set(r.role());
            status.set(r.status());
            if (reset || !Objects.equals(dueDate.get(), r.dueDate())) {
                dueDate.set(r.dueDate());
                dueText.set(formatDate(r.dueDate()));
                dueError.set(null);
            }
            syncList(duties, r.duties());
            if (reset || selectedDuty.get() >= duties.size()) {
                selectedDuty.set(reset || duties.isEmpty() ? -1 : duties.size() - 1);
            }
            String problem = draft.messageAt(unitPath(index));
            unitError.set(problem == null ? null : messages.get("ui.responsibility.editor.problem",
                    messages.get("ui.responsibility.editor.field.unit"), problem));
        } finally {
            syncing = wasSyncing;
        }
    }

    private ResponsibilityRow row(int index, Responsibility r) {
        boolean missingUnit = draft.messageAt(unitPath(index)) != null;
        String unitText = r.unit().isEmpty() ? messages.get("ui.responsibility.editor.unit.missing") : r.unit();
        String due = r.dueDate() == null ? messages.get("ui.responsibility.editor.due.none") : formatDate(r.dueDate());
        return new ResponsibilityRow(index, Integer.toString(index + 1), unitText, label(r.role()),
                r.role() == ResponsibilityRole.LEAD, due, label(r.status()), Integer.toString(r.duties().size()), missingUnit);
    }

    private static String unitPath(int index) {
        return "responsibilities[" + index + "].unit";
    }

    /** Makes {@code target} equal {@code source} by replacing only the elements that differ. */
    private static <T> void syncList(ObservableList<T> target, List<T> source) {
        for (int i = 0; i < source.size(); i++) {
            if (i >= target.size()) {
                target.addAll(source.subList(i, source.size()));
                break;
            }
            if (!Objects.equals(target.get(i), source.get(i))) {
                target.set(i, source.get(i));
            }
        }
        if (target.size() > source.size()) {
            target.remove(source.size(), target.size());
        }
    }
}
