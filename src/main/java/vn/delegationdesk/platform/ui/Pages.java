package vn.delegationdesk.platform.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Helpers shared by the detail tabs: a vertically scrolling page whose text wraps to the page width. */
public final class Pages {
    private Pages() {
    }

    public static ScrollPane scrolling(VBox content) {
        content.getStyleClass().add(Styles.PAGE_CONTENT);
        ScrollPane page = new ScrollPane(content);
        page.setFitToWidth(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().add(Styles.PAGE);
        return page;
    }

    /** Rebuilds {@code target}'s children from {@code items} now and on every change. */
    public static <T> void render(ObservableList<T> items, VBox target, Function<List<T>, List<Node>> build) {
        Runnable rebuild = () -> target.getChildren().setAll(build.apply(List.copyOf(items)));
        items.addListener((ListChangeListener<T>) change -> rebuild.run());
        rebuild.run();
    }

    /** Adds a grid row whose cells align to the top, so a short label stays beside the first line of long text. */
    public static void addTopRow(GridPane grid, int row, Node... cells) {
        for (Node cell : cells) {
            GridPane.setValignment(cell, VPos.TOP);
        }
        grid.addRow(row, cells);
    }

    public static Label text(String value) {
        return Nodes.wrapping(value, Styles.TEXT);
    }

    public static Label muted(String value) {
        return Nodes.wrapping(value, Styles.MUTED);
    }

    /** The texts as wrapping labels, skipping empty ones. */
    public static List<Node> lines(List<String> values, String styleClass) {
        return values.stream().filter(v -> !v.isEmpty()).map(v -> (Node) Nodes.wrapping(v, styleClass)).toList();
    }
}
