package vn.delegationdesk.plan.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/** Tables of the plan pages: text columns in the order given, wrapped or clamped, no sorting (the order is the plan's). */
public final class PlanTables {
    private PlanTables() {
    }

    public static <T> TableView<T> table(String id, ObservableList<T> items, String placeholder) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(placeholder);
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        return table;
    }

    public static <T> TableColumn<T, String> column(TableView<T> table, Messages messages, String key, Function<T, String> value,
            double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(TextCells.clamped());
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 48));
        table.getColumns().add(column);
        return column;
    }
}
