package vn.delegationdesk.budget.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.budget.LineField;
import vn.delegationdesk.budget.LodgingMode;
import vn.delegationdesk.budget.StopCategory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.EditableTextCell;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Dự toán kinh phí": the rate sets and trip settings on top, what to check, the commands, the estimate table with
 * its sections and lines (edited in place), and the total with the amount in words at the bottom. Only lays out,
 * binds and wires; {@code openRateSets} shows the rate-set dialog.
 */
public final class EstimatePage {
    private final EstimateViewModel model;
    private final Messages messages;
    private final Runnable openRateSets;
    private final BorderPane root = new BorderPane();
    private final TableView<EstimateRow> table = new TableView<>();
    /** The rows the table shows: copied from the model so that replacing them does not lose the selected line. */
    private final ObservableList<EstimateRow> shown = FXCollections.observableArrayList();
    private final FlowPane stops = new FlowPane();
    private Button add;
    private Button restore;
    private Button remove;
    private Button regenerate;
    private Button rateSets;
    private Button export;
    private boolean refreshing;

    public EstimatePage(EstimateViewModel model, Messages messages, Runnable openRateSets) {
        this.model = model;
        this.messages = messages;
        this.openRateSets = openRateSets;
        createTable();
        createButtons();
        layoutParts();
        wireSelection();
    }

    public Node node() {
        return root;
    }

    // ---- header ----------------------------------------------------------------------------------------

    private Node header() {
        ComboBox<RateChoice> national = new ComboBox<>(model.nationalChoices());
        name(national, BudgetIds.NATIONAL, "ui.estimate.header.national");
        national.valueProperty().bindBidirectional(model.nationalChoiceProperty());
        national.setTooltip(new Tooltip(messages.get("ui.estimate.header.national.hint")));
        national.setMaxWidth(Double.MAX_VALUE);
        ComboBox<RateChoice> local = new ComboBox<>(model.localChoices());
        name(local, BudgetIds.LOCAL, "ui.estimate.header.local");
        local.valueProperty().bindBidirectional(model.localChoiceProperty());
        local.setTooltip(new Tooltip(messages.get("ui.estimate.header.local.hint")));
        local.setMaxWidth(Double.MAX_VALUE);
        ComboBox<LodgingMode> lodging = new ComboBox<>();
        lodging.getItems().setAll(LodgingMode.values());
        lodging.setConverter(ChoiceConverter.of(model::label));
        name(lodging, BudgetIds.LODGING, "ui.estimate.header.lodging");
        lodging.valueProperty().bindBidirectional(model.lodgingModeProperty());
        lodging.setTooltip(new Tooltip(messages.get("ui.estimate.header.lodging.hint")));
        lodging.setMinWidth(Region.USE_PREF_SIZE);
        Label info = Nodes.wrapping("", Styles.MUTED);
        info.setId(BudgetIds.RATE_INFO);
        info.textProperty().bind(model.rateInfoProperty());

        stops.setId(BudgetIds.STOPS);
        stops.getStyleClass().add(Styles.ESTIMATE_STOP);
        model.stops().addListener((ListChangeListener<StopRow>) change -> renderStops());
        renderStops();

        GridPane grid = new GridPane();
        grid.getStyleClass().addAll(Styles.FORM_GRID, Styles.ESTIMATE_HEADER);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(label, wide, label, wide, label, fixed, fixed);
        grid.add(fieldLabel("ui.estimate.header.national", national), 0, 0);
        grid.add(national, 1, 0);
        grid.add(fieldLabel("ui.estimate.header.local", local), 2, 0);
        grid.add(local, 3, 0);
        grid.add(fieldLabel("ui.estimate.header.lodging", lodging), 4, 0);
        grid.add(lodging, 5, 0);
        grid.add(rateSets, 6, 0);
        grid.add(fieldLabel("ui.estimate.header.inForce", info), 0, 1);
        grid.add(info, 1, 1, 6, 1);
        grid.add(fieldLabel("ui.estimate.header.stops", stops), 0, 2);
        grid.add(stops, 1, 2, 6, 1);
        return grid;
    }

    private Label fieldLabel(String key, Node field) {
        Label text = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        return text;
    }

    private void renderStops() {
        List<StopRow> rows = List.copyOf(model.stops());
        if (rows.isEmpty()) {
            stops.getChildren().setAll(Nodes.label(messages.get("ui.estimate.header.noStops"), Styles.MUTED));
            return;
        }
        stops.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            StopRow stop = rows.get(i);
            Label place = Nodes.label(stop.place(), Styles.TEXT);
            place.setMinWidth(Region.USE_PREF_SIZE);
            ComboBox<StopCategory> category = new ComboBox<>();
            category.getItems().setAll(StopCategory.values());
            category.setConverter(ChoiceConverter.of(model::label));
            category.setValue(stop.category());
            category.setId(BudgetIds.STOP_CATEGORY + i);
            category.setAccessibleText(messages.get("ui.estimate.stop.category.accessible", stop.place()));
            category.setTooltip(new Tooltip(messages.get("ui.estimate.stop.category.hint")));
            category.setOnAction(e -> model.setStopCategory(stop.place(), category.getValue()));
            CheckBox host = new CheckBox(messages.get("ui.estimate.stop.host"));
            host.setId(BudgetIds.STOP_HOST + i);
            host.setAccessibleText(messages.get("ui.estimate.stop.host.accessible", stop.place()));
            host.setSelected(stop.hostProvidesRooms());
            host.setOnAction(e -> model.setHostProvidesRooms(stop.place(), host.isSelected()));
            host.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = Nodes.hbox(Styles.BUTTON_ROW, place, category, host);
            stops.getChildren().add(box);
        }
    }

    private void name(Control control, String id, String key) {
        control.setId(id);
        control.setAccessibleText(messages.get(key));
    }

    // ---- warnings, commands --------------------------------------------------------------------------

    private Node warnings() {
        ListView<String> list = new ListView<>(model.warnings());
        list.setId(BudgetIds.WARNING_LIST);
        list.setAccessibleText(messages.get("ui.estimate.warnings.accessible"));
        list.setPrefHeight(96);
        list.setCellFactory(view -> new ListCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add(Styles.WRAP_TEXT);
                text.wrappingWidthProperty().bind(view.widthProperty().subtract(36));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        TitledPane pane = new TitledPane("", list);
        pane.setId(BudgetIds.WARNINGS);
        pane.getStyleClass().add(Styles.ESTIMATE_WARNINGS);
        pane.setExpanded(false);
        pane.textProperty().bind(Bindings.createStringBinding(() -> model.warnings().isEmpty() ? ""
                : messages.get("ui.estimate.warnings", model.warnings().size(), model.warnings().get(0)), model.warnings()));
        pane.visibleProperty().bind(Bindings.isNotEmpty(model.warnings()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void createButtons() {
        add = Buttons.action(BudgetIds.ADD_LINE, messages.get("ui.estimate.addLine"),
                messages.get("ui.estimate.addLine.accessible"), this::addLine);
        restore = Buttons.action(BudgetIds.RESTORE_LINE, messages.get("ui.estimate.restoreLine"),
                messages.get("ui.estimate.restoreLine.accessible"),
                () -> keepPlaceAfter(() -> model.restore(model.selectedProperty().get())));
        remove = Buttons.action(BudgetIds.REMOVE_LINE, messages.get("ui.estimate.removeLine"),
                messages.get("ui.estimate.removeLine.accessible"),
                () -> model.remove(model.selectedProperty().get()));
        regenerate = Buttons.action(BudgetIds.REGENERATE, messages.get("ui.estimate.regenerate"),
                messages.get("ui.estimate.regenerate.accessible"), model::regenerate);
        rateSets = Buttons.action(BudgetIds.RATE_SETS, messages.get("ui.estimate.rateSets"),
                messages.get("ui.estimate.rateSets.accessible"), openRateSets);
        export = Buttons.action(BudgetIds.EXPORT, messages.get("ui.estimate.export"),
                messages.get("ui.estimate.export.accessible"), model::export);
        export.getStyleClass().add(Styles.PRIMARY_BUTTON);
        add.disableProperty().bind(model.readyProperty().not());
        restore.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            EstimateRow row = model.selectedProperty().get();
            return row == null || !row.isEdited();
        }, model.selectedProperty()));
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            EstimateRow row = model.selectedProperty().get();
            return row == null || row.isSection() || !model.readyProperty().get();
        }, model.selectedProperty(), model.readyProperty()));
        regenerate.disableProperty().bind(model.readyProperty().not());
        export.disableProperty().bind(model.estimateProperty().isNull().or(model.busyProperty()));
    }

    // ---- table -----------------------------------------------------------------------------------------

    private void createTable() {
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
    private void keepPlaceAfter(Runnable change) {
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

    private void addLine() {
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

    private void wireSelection() {
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

    // ---- layout ----------------------------------------------------------------------------------------

    private void layoutParts() {
        root.setId(BudgetIds.ESTIMATE);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.estimate.accessible"));
        Label notice = Nodes.wrapping("", Styles.NOTICE, Styles.ESTIMATE_NOTICE);
        notice.setId(BudgetIds.NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        // The commands sit with the total under the table and "Bộ định mức…" beside the rate sets: no toolbar row
        // of its own, so the table keeps its rows on a 768-pixel screen.
        VBox top = new VBox(header(), warnings(), notice);
        root.setTop(top);
        root.setCenter(table);

        Label totalLabel = Nodes.label(messages.get("ui.estimate.total"), Styles.ESTIMATE_TOTAL);
        Label total = Nodes.label("", Styles.ESTIMATE_TOTAL);
        total.setId(BudgetIds.TOTAL);
        total.textProperty().bind(model.totalProperty());
        total.setMinWidth(Region.USE_PREF_SIZE);
        Label unit = Nodes.label(messages.get("ui.estimate.total.unit"), Styles.MUTED);
        Label words = Nodes.wrapping("", Styles.ESTIMATE_WORDS);
        words.setId(BudgetIds.TOTAL_IN_WORDS);
        words.textProperty().bind(Bindings.createStringBinding(() -> model.totalInWordsProperty().get().isEmpty() ? ""
                : messages.get("ui.estimate.total.words", model.totalInWordsProperty().get()), model.totalInWordsProperty()));
        HBox sum = Nodes.hbox(Styles.BUTTON_ROW, add, restore, remove, regenerate, Nodes.hspacer(), totalLabel, total, unit,
                export);
        root.setBottom(Nodes.vbox(Styles.ESTIMATE_FOOTER, sum, words));
    }
}
