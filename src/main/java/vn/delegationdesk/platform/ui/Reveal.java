package vn.delegationdesk.platform.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Focus follows work: a row or a field just added is brought into view, in its table or list and in every scroll pane
 * around it, and takes the keyboard. The scrolling waits for the layout the addition caused (a row appended, a message
 * shown above the table), so the row is measured where it ends up, not where it was.
 */
public final class Reveal {
    /** Marks a table that keeps its edited row in view when its height changes. */
    private static final String KEEPS_EDITED_ROW = Reveal.class.getName() + ".keepsEditedRow";
    /** Room kept above and below a revealed node, so that it does not stick to the edge. */
    private static final double MARGIN = 8;

    private Reveal() {
    }

    /**
     * Selects row {@code row} of {@code table}, brings it fully into view and starts editing its cell in {@code column}:
     * the typing goes there at once. While a cell is edited, a table made shorter keeps the edited row in view.
     */
    public static <S> void editRow(TableView<S> table, int row, TableColumn<S, ?> column) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        keepEditedRowInView(table);
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.requestFocus();
        afterLayout(table, () -> {
            showIndex(table, row);
            table.edit(row, column);
            // The text field may make the row a little taller than it was.
            showIndex(table, row);
        });
    }

    /** Selects row {@code row} of {@code table} and brings it fully into view, without editing it. */
    public static void showRow(TableView<?> table, int row) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        afterLayout(table, () -> showIndex(table, row));
    }

    /** Brings item {@code index} of {@code list} fully into view and starts editing it. */
    public static void editRow(ListView<?> list, int index) {
        if (index < 0 || index >= list.getItems().size()) {
            return;
        }
        list.getSelectionModel().select(index);
        list.getFocusModel().focus(index);
        list.requestFocus();
        afterLayout(list, () -> {
            showIndex(list, index);
            list.edit(index);
            showIndex(list, index);
        });
    }

    /** Gives {@code field} the keyboard and, once laid out, scrolls every scroll pane around it to show it. */
    public static void focus(Node field) {
        field.requestFocus();
        afterLayout(field, () -> inView(field));
    }

    /** Once laid out, scrolls every scroll pane around {@code node} to show it, innermost first. */
    public static void inViewLater(Node node) {
        afterLayout(node, () -> inView(node));
    }

    /**
     * Scrolls every scroll pane around {@code node}, innermost first, by as little as shows it whole (or its top, when it
     * is taller than the pane).
     */
    public static void inView(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane && pane.getContent() != null) {
                scrollToShow(pane, node);
            }
        }
    }

    /** Runs {@code action} after the layout that the current change causes, on the FX thread. */
    private static void afterLayout(Node node, Runnable action) {
        Platform.runLater(() -> {
            Scene scene = node.getScene();
            if (scene == null) {
                return;
            }
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            action.run();
        });
    }

    /** Scrolls the virtual flow of a table or list so that cell {@code index} is whole, then its scroll panes. */
    private static void showIndex(Node control, int index) {
        if (!(control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return;
        }
        flow.scrollTo(index);
        if (control instanceof Parent parent) {
            parent.layout();
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        Node rows = flow.lookup(".clipped-container");
        if (cell != null && rows != null) {
            // The flow measures with the rows' estimated height: a taller row (wrapped, being edited) at the end may
            // still stick out; it is scrolled by what it does.
            Bounds shown = rows.localToScene(rows.getLayoutBounds());
            Bounds at = cell.localToScene(cell.getLayoutBounds());
            double below = at.getMaxY() - shown.getMaxY();
            double above = shown.getMinY() - at.getMinY();
            if (above > 0 || below > 0) {
                flow.scrollPixels(above > 0 ? -above : Math.min(below, -above));
                flow.layout();
            }
        }
        inView(cell != null ? cell : control);
    }

    private static void scrollToShow(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        double room = contentHeight - viewHeight;
        if (inContent == null || room <= 0 || viewHeight <= 0) {
            return;
        }
        double range = pane.getVmax() - pane.getVmin();
        double offset = (pane.getVvalue() - pane.getVmin()) / range * room;
        double top = inContent.getMinY() - MARGIN;
        double bottom = inContent.getMaxY() + MARGIN;
        double next = offset;
        if (top < offset || bottom - top > viewHeight) {
            next = top;
        } else if (bottom > offset + viewHeight) {
            next = bottom - viewHeight;
        }
        next = Math.max(0, Math.min(room, next));
        if (next != offset) {
            pane.setVvalue(pane.getVmin() + next / room * range);
            pane.layout();
        }
    }

    /** While a cell of {@code table} is edited, a change of the table's height scrolls the edited row back into view. */
    private static void keepEditedRowInView(TableView<?> table) {
        if (table.getProperties().containsKey(KEEPS_EDITED_ROW)) {
            return;
        }
        table.getProperties().put(KEEPS_EDITED_ROW, Boolean.TRUE);
        table.heightProperty().addListener((o, was, now) -> {
            if (table.getEditingCell() != null && now.doubleValue() < was.doubleValue()) {
                int row = table.getEditingCell().getRow();
                Platform.runLater(() -> {
                    if (row >= 0 && row < table.getItems().size()) {
                        showIndex(table, row);
                    }
                });
            }
        });
    }
}
