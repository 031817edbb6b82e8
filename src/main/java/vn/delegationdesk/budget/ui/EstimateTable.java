package vn.delegationdesk.budget.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.EditableTextCell;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The estimate's table: a bold row per section, then its lines. Figures are right-aligned; long text wraps to the
 * column (the row grows). A line's field is edited in place ({@link EditableTextCell}: double click, F2 or Enter);
 * a field the user changed is marked and its tooltip gives the computed value; a missing price says so. The table
 * follows the model's rows and selected line, and keeps the keyboard user on their cell when a change rebuilds
 * the rows.
 */
final class EstimateTable {
    private final EstimateViewModel model;
    private final Messages messages;
    private final TableView<EstimateRow> table = new TableView<>();
    /** The rows the table shows: copied from the model so that replacing them does not lose the selected line. */
    private final ObservableList<EstimateRow> shown = FXCollections.observableArrayList();
    /** True while {@link #showRows} changes the table's selection, which is then not the user's. */
    private boolean refreshing;

    EstimateTable(EstimateViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        create();
        wire();
    }

    Node node() {
        return table;
    }

    private void create() {
        table.setId(BudgetIds.TABLE);
        table.setAccessibleText(messages.get("ui.estimate.table.accessible"));
        table.setPlaceholder(Nodes.wrapping(messages.get("ui.estimate.table.empty"), Styles.MUTED));
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(EstimateRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(Styles.ESTIMATE_SECTION_ROW, Styles.ESTIMATE_MANUAL_ROW);
                if (!empty && row != null && row.isSection()) {
                    getStyleClass().add(Styles.ESTIMATE_SECTION_ROW);
                } else if (!empty && row != null && row.isManual()) {
                    getStyleClass().add(Styles.ESTIMATE_MANUAL_ROW);
                }
            }
        });
        // The figures keep the width they need (up to 18 digits with dots); content and basis share the rest.
        table.getColumns().setAll(List.of(
                column("ui.estimate.column.number", Part.NUMBER, null, 46, 56),
                column("ui.estimate.column.content", Part.FIELD, LineField.CONTENT, 420, Double.MAX_VALUE),
                column("ui.estimate.column.unit", Part.FIELD, LineField.UNIT, 64, 76),
                column("ui.estimate.column.quantity", Part.FIELD, LineField.QUANTITY, 82, 90),
                column("ui.estimate.column.times", Part.FIELD, LineField.TIMES, 96, 104),
                column("ui.estimate.column.unitPrice", Part.FIELD, LineField.UNIT_PRICE, 108, 124),
                column("ui.estimate.column.amount", Part.AMOUNT, null, 126, 150),
                column("ui.estimate.column.basis", Part.FIELD, LineField.BASIS, 380, Double.MAX_VALUE)));
        table.setItems(shown);
        EditableTextCell.editOnEnterOrF2(table);
    }

    /** What a column shows of a row. */
    private enum Part { NUMBER, FIELD, AMOUNT }

    /**
     * A column of the table. Figures are right-aligned; long text wraps to the column (the row grows). A line's field
     * is edited in place; a field the user changed is marked and its tooltip gives the computed value.
     */
    private TableColumn<EstimateRow, EstimateRow> column(String key, Part part, LineField field, double width, double maxWidth) {
        TableColumn<EstimateRow, EstimateRow> column = new TableColumn<>(messages.get(key));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        column.setMaxWidth(maxWidth);
        column.setMinWidth(Math.min(width, 64));
        column.setEditable(part == Part.FIELD);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        String name = messages.get(key);
        boolean wrapping = field == LineField.CONTENT || field == LineField.BASIS;
        Function<EstimateRow, String> text = switch (part) {
            case NUMBER -> EstimateRow::number;
            case AMOUNT -> EstimateRow::amount;
            case FIELD -> row -> row.text(field);
        };
        column.setCellFactory(EditableTextCell.<EstimateRow, EstimateRow>cells(text, name, (row, index, typed) -> {
            if (row != null) {
                commit(row, field, typed);
            }
        }).layout(wrapping ? EditableTextCell.Layout.WRAPPED : EditableTextCell.Layout.PLAIN)
                .look(row -> look(row, text.apply(row), field, name, wrapping))
                .editableWhen(row -> part == Part.FIELD && row != null && !row.isSection() && model.readyProperty().get())
                .editor(BudgetIds.CELL_EDITOR, row -> name + " " + row.label()));
        if (part == Part.NUMBER) {
            column.getStyleClass().add(Styles.CENTER_CELL);
        } else if (part == Part.AMOUNT || field == LineField.QUANTITY || field == LineField.TIMES
                || field == LineField.UNIT_PRICE) {
            column.getStyleClass().add(Styles.NUMBER_CELL);
        }
        return column;
    }

    /** A cell's look: an edited field marked with the computed value as hint, a missing price as "chưa có giá". */
    private EditableTextCell.Look look(EstimateRow row, String text, LineField field, String name, boolean wrapping) {
        String value = text;
        String hint = field == null ? null : model.editedHint(row, field);
        List<String> marks = new ArrayList<>();
        if (hint != null) {
            marks.add(Styles.EDITED_CELL);
        }
        if (field == LineField.UNIT_PRICE && row.missingPrice()) {
            marks.add(Styles.MISSING_VALUE);
            value = model.missingPriceText();
        }
        String tip = hint != null ? hint : wrapping && !value.isEmpty() ? value : null;
        return new EditableTextCell.Look(value, tip,
                value.isEmpty() ? name : name + ": " + value + (hint == null ? "" : ". " + hint), marks);
    }

    private void commit(EstimateRow row, LineField field, String text) {
        keepPlaceAfter(() -> model.edit(row, field, text));
    }

    /**
     * Every change gives the table new rows, and the table drops its selection when items are replaced: the
     * keyboard user stays on the cell they were on, in the table.
     */
    void keepPlaceAfter(Runnable change) {
        @SuppressWarnings("unchecked") // JavaFX declares the focused cell as a raw TablePosition.
        TablePosition<EstimateRow, ?> focused = table.getFocusModel().getFocusedCell();
        int row = focused == null ? -1 : focused.getRow();
        TableColumn<EstimateRow, ?> column = focused == null ? null : focused.getTableColumn();
        change.run();
        Platform.runLater(() -> {
            if (row >= 0 && row < table.getItems().size() && column != null) {
                table.getSelectionModel().clearAndSelect(row, column);
                table.getFocusModel().focus(row, column);
                table.requestFocus();
            }
        });
    }

    /** "Thêm dòng": adds a line and starts editing its content. */
    void addLine() {
        EstimateRow added = model.addLine();
        if (added == null) {
            return;
        }
        int row = table.getItems().indexOf(added);
        if (row >= 0) {
            TableColumn<EstimateRow, ?> content = table.getColumns().get(1);
            table.scrollTo(Math.max(0, row - 3));
            table.getSelectionModel().clearAndSelect(row, content);
            table.requestFocus();
            table.edit(row, content);
        }
    }

    private void wire() {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (!refreshing) {
                model.select(row);
            }
        });
        model.rows().addListener((ListChangeListener<EstimateRow>) change -> showRows());
        model.selectedProperty().addListener((o, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                showRows();
            }
        });
        showRows();
    }

    /** Shows the model's rows, and the model's selected line (found again by its key) selected in the table. */
    private void showRows() {
        EstimateRow again = model.selectedProperty().get();
        @SuppressWarnings("unchecked") // JavaFX declares the focused cell as a raw TablePosition.
        TableColumn<EstimateRow, ?> column = table.getFocusModel().getFocusedCell() == null ? null
                : table.getFocusModel().getFocusedCell().getTableColumn();
        refreshing = true;
        try {
            if (!shown.equals(model.rows())) {
                shown.setAll(model.rows());
            }
            int index = again == null ? -1 : shown.indexOf(again);
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index) {
                table.getSelectionModel().clearAndSelect(index, column);
            }
        } finally {
            refreshing = false;
        }
    }
}
