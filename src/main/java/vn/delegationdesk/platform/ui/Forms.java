package vn.delegationdesk.platform.ui;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;

/** Small builders shared by the editor pages: bound fields, label/field grids, buttons, selection sync. */
public final class Forms {
    private Forms() {
    }

    public static TextField text(String id, String accessible, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessible);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    public static TextField text(String id, String accessible, StringProperty value, ObservableValue<String> error) {
        TextField field = text(id, accessible, value);
        FieldDecorations.bind(field, error);
        return field;
    }

    public static TextArea area(String id, String accessible, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setAccessibleText(accessible);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    /** Gives a field its id and the accessible text a screen reader says for it. */
    public static void name(javafx.scene.control.Control control, String id, String accessible) {
        control.setId(id);
        control.setAccessibleText(accessible);
    }

    /** Shows the node, taking its room in the layout, only while {@code condition} holds. */
    public static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** "Lên" and "Xuống" for the selected item of a list: {@code move} gets -1 or +1. */
    public static Button[] upDown(Messages messages, String upId, String downId, IntConsumer move) {
        return new Button[] {
            Buttons.action(upId, messages.get("ui.editor.list.up"), messages.get("ui.editor.list.up.accessible"), () -> move.accept(-1)),
            Buttons.action(downId, messages.get("ui.editor.list.down"), messages.get("ui.editor.list.down.accessible"),
                    () -> move.accept(1))};
    }

    /** A two-column grid of labels and fields; {@code wide} columns of fields grow. */
    public static GridPane grid(int fieldColumns) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FORM_GRID);
        for (int i = 0; i < fieldColumns; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.setHgrow(Priority.NEVER);
            ColumnConstraints field = new ColumnConstraints();
            field.setHgrow(Priority.ALWAYS);
            field.setFillWidth(true);
            field.setMinWidth(120);
            grid.getColumnConstraints().addAll(label, field);
        }
        return grid;
    }

    /** Adds "label: field" at (column pair, row); {@code span} field columns (1 = just its own). */
    public static void row(GridPane grid, int pair, int row, String label, Node field, int span) {
        Label text = Nodes.label(label, Styles.FIELD_LABEL);
        text.setLabelFor(field);
        GridPane.setValignment(text, VPos.TOP);
        grid.add(text, pair * 2, row);
        grid.add(field, pair * 2 + 1, row, span * 2 - 1, 1);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    public static VBox card(String title, Node... content) {
        VBox card = Nodes.vbox(Styles.CARD, Nodes.label(title, Styles.CARD_TITLE));
        card.getChildren().addAll(content);
        return card;
    }

    /** Keeps a table's selected row and the view model's selected index in step, ignoring list refreshes. */
    public static void syncSelection(TableView<?> table, IntegerProperty selected, BooleanSupplier refreshing) {
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (!refreshing.getAsBoolean()) {
                selected.set(index.intValue());
            }
        });
        selected.addListener((o, old, index) -> select(table, index.intValue()));
        table.getItems().addListener((ListChangeListener<Object>) change -> select(table, selected.get()));
        select(table, selected.get());
    }

    public static void syncSelection(ListView<?> list, IntegerProperty selected, BooleanSupplier refreshing) {
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (!refreshing.getAsBoolean()) {
                selected.set(index.intValue());
            }
        });
        selected.addListener((o, old, index) -> {
            if (list.getSelectionModel().getSelectedIndex() != index.intValue()) {
                list.getSelectionModel().select(index.intValue());
            }
        });
        list.getItems().addListener((ListChangeListener<Object>) change -> {
            if (list.getSelectionModel().getSelectedIndex() != selected.get()) {
                list.getSelectionModel().select(selected.get());
            }
        });
    }

    private static void select(TableView<?> table, int index) {
        if (table.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        if (index < 0) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().select(index);
        }
    }
}
