package vn.delegationdesk.delegation.editor;

import java.util.function.Consumer;

/**
 * Where the editor's working state reports the user's edits, so that they can be undone and redone (the editor's
 * {@link EditHistory}). The state is an immutable value: an edit is the value before and after it, and undo shows
 * the one before again through {@code restore}, which must not report an edit itself.
 */
public interface EditRecorder {
    /**
     * The user changed the state of {@code owner} (the draft, an {@link EditorPart}) from {@code before} to
     * {@code after}; {@code label} names the change after "Hoàn tác: " ("xóa thành viên Nguyễn Văn An").
     */
    <S> void edited(Object owner, S before, S after, String label, Consumer<? super S> restore);
}
