package vn.delegationdesk.delegation.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Undo and redo over the editor's changes since the last save, across every tab: each step is an edit of one piece
 * of working state (the draft, the estimate worksheet, the document settings) as its value before and after, with
 * its name ("xóa thành viên Nguyễn Văn An") and the place it was made (the tab). Undo shows the value before again,
 * so undoing every step since the save makes the editor clean. Consecutive edits of the same single field (typing
 * a title) are one step; a step that comes back to where it started disappears. The editor clears the history when
 * it opens, saves or reverts a delegation; it keeps at most {@value #LIMIT} steps.
 */
public final class EditHistory implements EditRecorder {
    /** The most steps kept; older ones are forgotten. */
    public static final int LIMIT = 200;

    private final Messages messages;
    private final Deque<Step> undoable = new ArrayDeque<>();
    private final Deque<Step> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private Supplier<Object> place = () -> null;
    private Consumer<Object> show = where -> { };
    private boolean restoring;
    /** The last step may take the next edit of its field: false after undo, redo and clearing. */
    private boolean joinable;

    public EditHistory(Messages messages) {
        this.messages = messages;
        refresh();
    }

    @Override
    public <S> void edited(Object owner, S before, S after, String label, Consumer<? super S> restore) {
        if (restoring || Objects.equals(before, after)) {
            return;
        }
        String field = ChangePaths.singleField(before, after);
        Step last = undoable.peekFirst();
        redoable.clear();
        if (joinable && field != null && last != null && last.owner == owner && field.equals(last.field)) {
            undoable.pollFirst();
            if (!Objects.equals(last.before, after)) {
                undoable.push(new Step(owner, label, field, last.place, last.before, after, last.undo, () -> restore.accept(after)));
            }
        } else {
            undoable.push(new Step(owner, label, field, place.get(), before, after, () -> restore.accept(before),
                    () -> restore.accept(after)));
            if (undoable.size() > LIMIT) {
                undoable.pollLast();
            }
        }
        joinable = true;
        refresh();
    }

    /** Takes back the last step; does nothing when there is none. */
    public void undo() {
        Step step = undoable.pollFirst();
        if (step == null) {
            return;
        }
        apply(step, step.undo);
        redoable.push(step);
        refresh();
    }

    /** Makes the last undone step again; does nothing when there is none. */
    public void redo() {
        Step step = redoable.pollFirst();
        if (step == null) {
            return;
        }
        apply(step, step.redo);
        undoable.push(step);
        refresh();
    }

    /** Forgets every step (the delegation was opened, saved or reverted). */
    public void clear() {
        undoable.clear();
        redoable.clear();
        joinable = false;
        refresh();
    }

    /** Where edits are made now (the tab shown); each step remembers it. */
    public void setPlace(Supplier<Object> where) {
        this.place = Objects.requireNonNull(where, "where");
    }

    /** Called with a step's place before it is undone or redone, so that the change is seen where it was made. */
    public void setOnShow(Consumer<Object> action) {
        this.show = Objects.requireNonNull(action, "action");
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Hoàn tác: xóa thành viên Nguyễn Văn An", or "Hoàn tác" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Làm lại: xóa thành viên Nguyễn Văn An", or "Làm lại" when there is nothing to redo. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The number of steps that can be undone now. */
    public int size() {
        return undoable.size();
    }

    private void apply(Step step, Runnable change) {
        joinable = false;
        if (step.place != null) {
            show.accept(step.place);
        }
        restoring = true;
        try {
            change.run();
        } finally {
            restoring = false;
        }
    }

    private void refresh() {
        Step nextUndo = undoable.peekFirst();
        Step nextRedo = redoable.peekFirst();
        canUndo.set(nextUndo != null);
        canRedo.set(nextRedo != null);
        undoText.set(nextUndo == null ? messages.get("ui.undo.undo.none") : messages.get("ui.undo.undo", nextUndo.label));
        redoText.set(nextRedo == null ? messages.get("ui.undo.redo.none") : messages.get("ui.undo.redo", nextRedo.label));
    }

    /** One undoable edit: what it changed, its name, where it was made, and how to show its state before and after. */
    private record Step(Object owner, String label, String field, Object place, Object before, Object after, Runnable undo,
            Runnable redo) {
    }
}
