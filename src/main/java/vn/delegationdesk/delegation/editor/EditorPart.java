package vn.delegationdesk.delegation.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.people.Role;

/**
 * Working state that belongs to the opened delegation but is stored beside it by another feature (the
 * budget's estimate worksheet). The editor treats it as part of its own working copy: it is opened, saved
 * and reverted with the delegation, and its unsaved changes count for the unsaved-changes question and the
 * Save button. Features plug a part in from the composition root, so this package needs to know none of them.
 */
public interface EditorPart {
    /** The editor opened {@code stored} (null: nothing is open): show its stored state, forgetting unsaved changes. */
    void open(Delegation stored);

    /** True while the part holds changes that are not stored. */
    ReadOnlyBooleanProperty dirtyProperty();

    /** Starts a save, on the JavaFX thread: captures what is to be stored. */
    PendingSave beginSave();

    /** Back to the stored state. */
    void revert();

    /** The role whose holder may save this part's changes: the plan's parts are an organiser's. */
    default Role roleToSave() {
        return Role.ORGANISER;
    }

    /** The action a refused save of this part names (a message key). */
    default String saveActionKey() {
        return "people.action.savePlan";
    }

    /**
     * Called once, when the editor adds the part: the part reports each edit of the user's to {@code recorder}, so that
     * the editor's undo and redo take it back and make it again with the plan's edits. Loading, saving and reverting
     * are not edits. By default the part's edits are not undone.
     */
    default void recordEditsTo(EditRecorder recorder) {
    }

    /**
     * Starts a copy of the opened delegation ("Sao chép thành đoàn mới"), on the JavaFX thread: captures what the
     * copy takes of this part. The returned work runs in the background once the copy is stored under its id.
     */
    default CopyWork beginCopy() {
        return copyId -> { };
    }

    /**
     * Starts the creation of a delegation of the kept body {@code profile}, on the JavaFX thread: what this part
     * takes from the profile. The returned work runs in the background once the delegation is stored under its id.
     */
    default CopyWork beginCreate(BodyProfile profile) {
        return createdId -> { };
    }

    /** What a copy of the delegation takes of this part. */
    interface CopyWork {
        void store(long copyId) throws Exception;
    }

    /** What one save of the editor stores of this part. */
    interface PendingSave {
        /** Stores the captured state; runs in the background, after the delegation {@code delegationId} was stored. */
        void store(long delegationId) throws Exception;

        /** On the JavaFX thread once everything was stored: the captured state is the stored state now. */
        void stored();
    }
}
