package vn.delegationdesk.delegation.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationValidator;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * The delegation being edited: the working copy every editor page reads and changes, the stored value it
 * started from, and the rule problems of the working copy, recomputed on every change. Pages change it only
 * through {@link #update}, so the unsaved-changes flag and the problems are always true.
 *
 * <p>Each update is one {@link Edit} told to the {@linkplain #onEdit edit listeners} (the editor's undo history): an
 * update made while another is being applied (a page fitting its part to the change it sees) belongs to it, so the
 * two are told, and undone, as one. Loading, saving, reverting and {@link #restore} are not edits.
 */
public final class DelegationDraft {
    private final Messages messages;
    private final DelegationValidator validator = new DelegationValidator();
    private final ReadOnlyObjectWrapper<Delegation> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyObjectWrapper<Delegation> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ObservableList<ValidationError> errors = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<ValidationError> errorsView = FXCollections.unmodifiableObservableList(errors);
    private final ObservableMap<String, String> inputErrors = FXCollections.observableMap(new LinkedHashMap<>());
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableMap<String, String> inputErrorsView = FXCollections.unmodifiableObservableMap(inputErrors);
    private final List<Consumer<Edit>> editListeners = new ArrayList<>();
    /** Updates and restores being applied now: an update inside one belongs to it. */
    private int depth;
    private boolean quiet;
    private Delegation editStart;
    private String editLabel;
    private final List<Runnable> restartActions = new ArrayList<>();

    public DelegationDraft(Messages messages) {
        this.messages = messages;
    }

    /** Starts editing {@code stored} (null: nothing is being edited); forgets any unsaved change. */
    public void load(Delegation stored) {
        quietly(() -> {
            inputErrors.clear();
            baseline.set(stored);
            value.set(stored);
            refresh();
        });
        restarted();
    }

    /**
     * Runs {@code action} whenever the working copy starts again from a stored value: another delegation (or none) is
     * opened, or the unsaved changes are dropped. What a page said about the working copy until then (a notice like
     * "Đã thêm 2 thành viên từ tệp Excel.", a refused value) no longer holds, and the action forgets it.
     */
    public void onRestart(Runnable action) {
        restartActions.add(action);
    }

    /** Applies one edit to the working copy. Does nothing while nothing is loaded. */
    public void update(UnaryOperator<Delegation.Builder> edit) {
        update(null, edit);
    }

    /**
     * Applies one edit to the working copy, named for the undo history ("di chuyển hoạt động …"); a null label lets
     * the history name it from what changed. Does nothing while nothing is loaded.
     */
    public void update(String label, UnaryOperator<Delegation.Builder> edit) {
        Delegation current = value.get();
        if (current == null) {
            return;
        }
        if (depth == 0) {
            editStart = current;
            editLabel = label;
        }
        depth++;
        try {
            Delegation next = edit.apply(current.toBuilder()).build();
            if (!next.equals(current)) {
                value.set(next);
                refresh();
            }
        } finally {
            depth--;
        }
        if (depth == 0 && !quiet) {
            Delegation before = editStart;
            Delegation after = value.get();
            editStart = null;
            if (before != null && after != null && !after.equals(before)) {
                Edit done = new Edit(before, after, editLabel);
                List.copyOf(editListeners).forEach(listener -> listener.accept(done));
            }
        }
    }

    /** Replaces the working copy whole (e.g. after re-dating). */
    public void replace(Delegation next) {
        update(builder -> next.toBuilder());
    }

    /** The stored value now equals the working copy (after a successful save, with its id). */
    public void markSaved(Delegation stored) {
        quietly(() -> {
            baseline.set(stored);
            value.set(stored);
            refresh();
        });
    }

    /** Back to the stored value. */
    public void revert() {
        quietly(() -> {
            inputErrors.clear();
            value.set(baseline.get());
            refresh();
        });
        restarted();
    }

    /**
     * Shows {@code earlier} as the working copy again (undo and redo): not an edit, and what pages fit in reaction is
     * part of it. The stored value stays, so the working copy is unsaved exactly when it differs from it.
     */
    public void restore(Delegation earlier) {
        if (value.get() == null || earlier == null) {
            return;
        }
        quietly(() -> {
            value.set(earlier);
            refresh();
        });
    }

    /** Calls {@code listener} after each edit (an update that changed the working copy), with the value before and after. */
    public void onEdit(Consumer<Edit> listener) {
        editListeners.add(listener);
    }

    public ReadOnlyObjectProperty<Delegation> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public Delegation get() {
        return value.get();
    }

    public ReadOnlyObjectProperty<Delegation> baselineProperty() {
        return baseline.getReadOnlyProperty();
    }

    /** True when the working copy differs from what is stored. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Rule problems of the working copy, with field paths ("members[3].idNumber"). */
    public ObservableList<ValidationError> errors() {
        return errorsView;
    }

    /** The Vietnamese message for the first problem at exactly {@code path}, or null; follows every change. */
    public StringBinding errorAt(String path) {
        return Bindings.createStringBinding(() -> messageAt(path), errors);
    }

    /** The Vietnamese message for the first problem at {@code path}, or null. */
    public String messageAt(String path) {
        for (ValidationError error : errors) {
            if (Objects.equals(error.path(), path)) {
                return messages.get(error.messageKey(), error.args().toArray());
            }
        }
        return null;
    }

    /** Every problem whose path starts with {@code prefix} ("members[", "legs[2]"). */
    public List<ValidationError> errorsUnder(String prefix) {
        return errors.stream().filter(e -> e.path() != null && e.path().startsWith(prefix)).toList();
    }

    /**
     * Text typed into a field that could not become a value ("31/02/2025" in a date field): the page keeps the
     * text and the draft keeps its last good value, so saving must wait until it is fixed. {@code key} names
     * the field ("startDate", "conferences[1].expectedDelegates"); a null or empty message clears it.
     */
    public void reportInputError(String key, String message) {
        if (message == null || message.isEmpty()) {
            inputErrors.remove(key);
        } else {
            inputErrors.put(key, message);
        }
    }

    /** Fields whose typed text is not a value yet, with the Vietnamese message shown on the field. */
    public ObservableMap<String, String> inputErrors() {
        return inputErrorsView;
    }

    private void quietly(Runnable change) {
        boolean was = quiet;
        quiet = true;
        depth++;
        try {
            change.run();
        } finally {
            depth--;
            quiet = was;
        }
    }

    private void restarted() {
        restartActions.forEach(Runnable::run);
    }

    private void refresh() {
        Delegation current = value.get();
        dirty.set(current != null && !current.equals(baseline.get()));
        List<ValidationError> found = current == null ? List.of() : validator.validate(current);
        if (!found.equals(errors)) {
            errors.setAll(found);
        }
    }

    /** One edit of the working copy: the value before and after it, and its name if the page gave one (else null). */
    public record Edit(Delegation before, Delegation after, String label) {
    }
}
