package vn.delegationdesk.delegation.editor;

import java.util.function.Supplier;
import javafx.scene.Node;

/** A tab that is only a page over view models the composition root made: nothing stored beside, no work of its own. */
public record PageTab(String id, String title, Supplier<Node> page) implements EditorTab {
    @Override
    public Node createPage() {
        return page.get();
    }
}
