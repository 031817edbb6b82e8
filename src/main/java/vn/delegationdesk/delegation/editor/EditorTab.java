package vn.delegationdesk.delegation.editor;

import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * One tab of the delegation editor. Every tab, the plan's own parts and other features' (the estimate, the
 * documents), plugs in the same way: the composition root hands it to {@link DelegationEditorView#addTab}, and
 * nothing else names it, so adding a tab touches no switch or list elsewhere. The editor knows no tab.
 */
public interface EditorTab {
    /** The stable node id of the tab; UI tests find it by this. */
    String id();

    /** The tab's Vietnamese title. */
    String title();

    /** Builds the page; called once, the first time the tab is shown with a delegation open (or in idle time before). */
    Node createPage();

    /** Working state stored beside the delegation (saved, reverted and copied with it), if the tab has any. */
    default Optional<EditorPart> part() {
        return Optional.empty();
    }

    /** Background work of the tab's own (an export) that the window shows as progress, if any. */
    default Optional<ObservableBooleanValue> work() {
        return Optional.empty();
    }

    /** Told when the tab is shown ({@code true}) or hidden, so that costly work (a preview) runs only while shown. */
    default void setShowing(boolean showing) {
    }
}
