package vn.delegationdesk.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.LayoutMemory;

/**
 * "Ẩn danh sách" / "Hiện danh sách": lets the open delegation take the whole window at 1366×768, and back. The list's
 * divider and whether it is hidden are remembered for the next run; hiding takes the list out of the split pane, so
 * the editor gets every pixel rather than a collapsed strip.
 */
final class ListToggle {
    static final String ID = "list-toggle";
    private static final String DIVIDER = "workspace.divider";
    private static final String HIDDEN = "workspace.listHidden";
    private static final double DEFAULT_DIVIDER = 0.24;

    private final SplitPane split;
    private final Node list;
    private final LayoutMemory memory;
    private final ToggleButton button = new ToggleButton();
    /** Kept so that the binding lives as long as the toggle. */
    private final BooleanBinding hidden;

    ListToggle(SplitPane split, Node list, ObservableBooleanValue delegationOpen, LayoutMemory memory, Messages messages) {
        this.split = split;
        this.list = list;
        this.memory = memory;
        button.setId(ID);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(messages.get("ui.window.list.tooltip")));
        button.textProperty().bind(Bindings.when(button.selectedProperty())
                .then(messages.get("ui.window.list.show")).otherwise(messages.get("ui.window.list.hide")));
        button.setAccessibleText(messages.get("ui.window.list.tooltip"));
        split.setDividerPositions(memory.numberOr(DIVIDER, DEFAULT_DIVIDER));
        watchDivider();
        button.setSelected(memory.flagOr(HIDDEN, false));
        button.selectedProperty().addListener((observable, was, hidden) -> memory.remember(HIDDEN, hidden));
        // Hidden only while a delegation is open: with nothing open the list is the only way on.
        BooleanBinding hidden = button.selectedProperty().and(delegationOpen);
        hidden.addListener((observable, was, now) -> apply(now));
        apply(hidden.get());
        this.hidden = hidden;
    }

    ToggleButton button() {
        return button;
    }

    /** Shows the list again (to search, or when no delegation is open): the user chose where to go next. */
    void reveal() {
        button.setSelected(false);
    }

    void toggle() {
        button.setSelected(!button.isSelected());
    }

    private void apply(boolean hidden) {
        if (hidden) {
            split.getItems().remove(list);
        } else if (!split.getItems().contains(list)) {
            split.getItems().add(0, list);
            split.setDividerPositions(memory.numberOr(DIVIDER, DEFAULT_DIVIDER));
            watchDivider();
        }
    }

    private void watchDivider() {
        if (!split.getDividers().isEmpty()) {
            split.getDividers().get(0).positionProperty().addListener((observable, old, position) -> {
                if (split.getItems().contains(list) && split.getHeight() > 0) {
                    memory.remember(DIVIDER, position.doubleValue());
                }
            });
        }
    }
}
