package vn.delegationdesk.delegation.responsibility.ui;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EnumConverter;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/**
 * "Tổ chức thực hiện" as an editor: the blocks in a table (add, delete, move up and down) beside a form for
 * the selected block, whose duties are an ordered list edited in place. Only builds, lays out, binds and
 * wires; every rule is in {@link ResponsibilitiesEditorViewModel}.
 */
public final class ResponsibilitiesEditorPage {
    private final ResponsibilitiesEditorViewModel model;
    private final Messages messages;

    private final TableView<ResponsibilityRow> table = new TableView<>();
    private final Label count = Nodes.label("", Styles.MUTED);
    private final Button add = new Button();
    private final Button delete = new Button();
    private final Button moveUp = new Button();
    private final Button moveDown = new Button();

    private final TextField unit = new TextField();
    private final ComboBox<ResponsibilityRole> role = new ComboBox<>();
    private final ComboBox<TaskStatus> status = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Label dueError = Nodes.wrapping("", Styles.FIELD_ERROR);
    private final ListView<String> duties = new ListView<>();
    private final Button dutyAdd = new Button();
    private final Button dutyDelete = new Button();
    private final Button dutyUp = new Button();
    private final Button dutyDown = new Button();
    private final GridPane form = new GridPane();
    private final Label formPlaceholder;

    private final SplitPane root = new SplitPane();
    /** True while the view copies the model into a control, so the control's listener does not echo it back. */
    private boolean syncing;

    public ResponsibilitiesEditorPage(ResponsibilitiesEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formPlaceholder = Nodes.wrapping(messages.get("ui.responsibility.editor.form.placeholder"), Styles.PLACEHOLDER);
        createParts();
        layoutParts();
        bind();
        wire();
    }

    public Node node() {
        return root;
    }

    // ---- create ----------------------------------------------------------------------------------------------

    private void createParts() {
        root.setId(ResponsibilityIds.EDITOR);
        createTable();
        button(add, ResponsibilityIds.ADD, "ui.responsibility.editor.add", "ui.responsibility.editor.add.accessible");
        add.getStyleClass().add(Styles.PRIMARY_BUTTON);
        button(delete, ResponsibilityIds.DELETE, "ui.responsibility.editor.delete", "ui.responsibility.editor.delete.accessible");
        button(moveUp, ResponsibilityIds.MOVE_UP, "ui.responsibility.editor.moveUp", "ui.responsibility.editor.moveUp.accessible");
        button(moveDown, ResponsibilityIds.MOVE_DOWN, "ui.responsibility.editor.moveDown", "ui.responsibility.editor.moveDown.accessible");

        unit.setId(ResponsibilityIds.UNIT);
        unit.setPromptText(messages.get("ui.responsibility.editor.unit.prompt"));
        unit.setAccessibleText(messages.get("ui.responsibility.editor.field.unit"));
        role.setId(ResponsibilityIds.ROLE);
        role.getItems().setAll(model.roles());
        role.setConverter(EnumConverter.of(ResponsibilityRole.class, model::label));
        role.setAccessibleText(messages.get("ui.responsibility.editor.field.role"));
        status.setId(ResponsibilityIds.STATUS);
        status.getItems().setAll(model.statuses());
        status.setConverter(EnumConverter.of(TaskStatus.class, model::label));
        status.setAccessibleText(messages.get("ui.responsibility.editor.field.status"));
        due.setId(ResponsibilityIds.DUE);
        due.setEditable(true);
        due.setShowWeekNumbers(false);
        due.setPromptText(messages.get("ui.responsibility.editor.due.prompt"));
        due.setAccessibleText(messages.get("ui.responsibility.editor.field.due"));
        due.setConverter(new DueConverter());
        dueError.setId(ResponsibilityIds.DUE_ERROR);

        duties.setId(ResponsibilityIds.DUTIES);
        duties.getStyleClass().add(Styles.DUTY_LIST);
        duties.setEditable(true);
        duties.setItems(model.duties());
        duties.setCellFactory(list -> new DutyCell());
        duties.setPlaceholder(Pages.muted(messages.get("ui.responsibility.editor.duties.placeholder")));
        duties.setAccessibleText(messages.get("ui.responsibility.editor.duties.accessible"));
        duties.setTooltip(new Tooltip(messages.get("ui.responsibility.editor.duties.hint")));
        button(dutyAdd, ResponsibilityIds.DUTY_ADD, "ui.responsibility.editor.duty.add", "ui.responsibility.editor.duty.add.accessible");
        button(dutyDelete, ResponsibilityIds.DUTY_DELETE, "ui.responsibility.editor.duty.delete",
                "ui.responsibility.editor.duty.delete.accessible");
        button(dutyUp, ResponsibilityIds.DUTY_MOVE_UP, "ui.responsibility.editor.duty.moveUp",
                "ui.responsibility.editor.duty.moveUp.accessible");
        button(dutyDown, ResponsibilityIds.DUTY_MOVE_DOWN, "ui.responsibility.editor.duty.moveDown",
                "ui.responsibility.editor.duty.moveDown.accessible");

        form.setId(ResponsibilityIds.FORM);
        form.getStyleClass().add(Styles.DUTY_FORM);
        formPlaceholder.setId(ResponsibilityIds.FORM_PLACEHOLDER);
        formPlaceholder.setMaxWidth(Double.MAX_VALUE);
    }

    private void createTable() {
        table.setId(ResponsibilityIds.TABLE);
        table.setAccessibleText(messages.get("ui.responsibility.editor.table.accessible"));
        table.setPlaceholder(Pages.muted(messages.get("ui.responsibility.editor.table.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.blocks());
        TableColumn<ResponsibilityRow, String> number = column("ui.responsibility.editor.column.number",
                ResponsibilityRow::number, 44, 44);
        TableColumn<ResponsibilityRow, String> unitColumn = column("ui.responsibility.editor.column.unit",
                ResponsibilityRow::unit, 230, 140);
        unitColumn.setCellFactory(c -> new UnitCell(unitColumn));
        table.getColumns().add(number);
        table.getColumns().add(unitColumn);
        table.getColumns().add(column("ui.responsibility.editor.column.role", ResponsibilityRow::role, 80, 80));
        table.getColumns().add(column("ui.responsibility.editor.column.due", ResponsibilityRow::due, 96, 96));
        table.getColumns().add(column("ui.responsibility.editor.column.status", ResponsibilityRow::status, 124, 124));
        table.getColumns().add(column("ui.responsibility.editor.column.duties", ResponsibilityRow::duties, 76, 76));
    }

    /** Columns keep the blocks' own order: it is the order of the plan, so none of them sorts. */
    private TableColumn<ResponsibilityRow, String> column(String key, Function<ResponsibilityRow, String> value,
            double width, double minWidth) {
        TableColumn<ResponsibilityRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    private void button(Button button, String id, String key, String accessibleKey) {
        Buttons.configure(button, id, messages.get(key), messages.get(accessibleKey));
    }

    // ---- lay out ---------------------------------------------------------------------------------------------

    private void layoutParts() {
        HBox tableHeader = Nodes.hbox(Styles.EDITOR_HEADER,
                Nodes.label(messages.get("ui.responsibility.editor.heading"), Styles.SECTION_TITLE), count);
        HBox tableButtons = Nodes.hbox(Styles.DUTY_TOOLBAR, add, moveUp, moveDown, Nodes.hspacer(), delete);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox blocks = Nodes.vbox(Styles.EDITOR_PANE, tableHeader, table, tableButtons);
        blocks.setMinWidth(420);

        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        unit.setMaxWidth(Double.MAX_VALUE);
        role.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        due.setPrefWidth(150);
        due.setMinWidth(Region.USE_PREF_SIZE);
        HBox roleAndStatus = Nodes.hbox(Styles.DUTY_TOOLBAR, role, fieldLabel("ui.responsibility.editor.field.status", status),
                status);
        HBox dueRow = Nodes.hbox(Styles.DUTY_TOOLBAR, due, dueError);
        HBox.setHgrow(dueError, Priority.ALWAYS);
        HBox dutyButtons = Nodes.hbox(Styles.DUTY_TOOLBAR, dutyAdd, dutyUp, dutyDown, Nodes.hspacer(), dutyDelete);

        form.addRow(0, fieldLabel("ui.responsibility.editor.field.unit", unit), unit);
        form.addRow(1, fieldLabel("ui.responsibility.editor.field.role", role), roleAndStatus);
        form.addRow(2, fieldLabel("ui.responsibility.editor.field.due", due), dueRow);
        Label dutiesLabel = fieldLabel("ui.responsibility.editor.field.duties", duties);
        GridPane.setValignment(dutiesLabel, VPos.TOP);
        form.addRow(3, dutiesLabel, duties);
        form.add(dutyButtons, 1, 4);
        RowConstraints fixed = new RowConstraints();
        RowConstraints grow = new RowConstraints();
        grow.setVgrow(Priority.ALWAYS);
        grow.setFillHeight(true);
        form.getRowConstraints().setAll(fixed, fixed, fixed, grow, fixed);
        duties.setPrefHeight(200);
        duties.setMinHeight(96);
        form.setMaxHeight(Double.MAX_VALUE);

        StackPane formArea = new StackPane(formPlaceholder, form);
        VBox.setVgrow(formArea, Priority.ALWAYS);
        VBox editor = Nodes.vbox(Styles.EDITOR_PANE, formArea);
        editor.setMinWidth(480);

        root.getStyleClass().add(Styles.RESPONSIBILITY_EDITOR);
        root.getItems().setAll(blocks, editor);
        root.setDividerPositions(0.5);
        SplitPane.setResizableWithParent(blocks, false);
    }

    private Label fieldLabel(String key, Node field) {
        Label label = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    // ---- bind ------------------------------------------------------------------------------------------------

    private void bind() {
        count.textProperty().bind(model.countTextProperty());
        delete.disableProperty().bind(model.hasSelectionProperty().not());
        moveUp.disableProperty().bind(model.canMoveUpProperty().not());
        moveDown.disableProperty().bind(model.canMoveDownProperty().not());
        form.visibleProperty().bind(model.hasSelectionProperty());
        formPlaceholder.visibleProperty().bind(model.hasSelectionProperty().not());

        unit.textProperty().bindBidirectional(model.unitProperty());
        FieldDecorations.bind(unit, model.unitErrorProperty());
        role.valueProperty().bindBidirectional(model.roleProperty());
        status.valueProperty().bindBidirectional(model.statusProperty());

        dueError.textProperty().bind(model.dueErrorProperty());
        dueError.visibleProperty().bind(model.dueErrorProperty().isNotEmpty());
        FieldDecorations.bind(due, model.dueErrorProperty());
        syncDue();
        model.dueDateProperty().addListener((observable, old, value) -> syncDue());
        model.dueTextProperty().addListener((observable, old, value) -> syncDue());

        dutyDelete.disableProperty().bind(model.hasDutySelectionProperty().not());
        dutyUp.disableProperty().bind(model.canMoveDutyUpProperty().not());
        dutyDown.disableProperty().bind(model.canMoveDutyDownProperty().not());

        syncTableSelection();
        model.selectedIndexProperty().addListener((observable, old, value) -> syncTableSelection());
        model.blocks().addListener((InvalidationListener) observable -> syncTableSelection());
        syncDutySelection();
        model.selectedDutyProperty().addListener((observable, old, value) -> syncDutySelection());
        model.duties().addListener((InvalidationListener) observable -> syncDutySelection());
    }

    /** The date picker shows the model's date and, while it is not a date, the text as typed. */
    private void syncDue() {
        syncing = true;
        try {
            if (!Objects.equals(due.getValue(), model.dueDateProperty().get())) {
                due.setValue(model.dueDateProperty().get());
            }
            String text = model.dueTextProperty().get();
            if (!Objects.equals(due.getEditor().getText(), text)) {
                due.getEditor().setText(text);
            }
        } finally {
            syncing = false;
        }
    }

    private void syncTableSelection() {
        int index = model.selectedIndexProperty().get();
        if (table.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    private void syncDutySelection() {
        int index = model.selectedDutyProperty().get();
        if (duties.getSelectionModel().getSelectedIndex() == index) {
            return;
        }
        syncing = true;
        try {
            if (index < 0) {
                duties.getSelectionModel().clearSelection();
            } else {
                duties.getSelectionModel().clearAndSelect(index);
                duties.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    // ---- wire ------------------------------------------------------------------------------------------------

    private void wire() {
        table.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() < 0 && model.hasSelectionProperty().get()) {
                // A row replaced in place (its unit was edited) drops the table's selection after every list
                // listener has run; the block is still the one being edited, so select it again.
                Platform.runLater(this::syncTableSelection);
            } else if (!syncing) {
                model.select(index.intValue());
            }
        });
        add.setOnAction(event -> {
            model.addBlock();
            unit.requestFocus();
        });
        delete.setOnAction(event -> model.deleteBlock());
        moveUp.setOnAction(event -> model.moveUp());
        moveDown.setOnAction(event -> model.moveDown());

        due.valueProperty().addListener((observable, old, value) -> {
            if (!syncing && !Objects.equals(value, model.dueDateProperty().get())) {
                model.setDueDate(value);
            }
        });

        duties.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() < 0 && model.hasDutySelectionProperty().get()) {
                Platform.runLater(this::syncDutySelection);
            } else if (!syncing) {
                model.selectDuty(index.intValue());
            }
        });
        duties.setOnEditCommit(event -> model.commitDuty(event.getIndex(), event.getNewValue()));
        duties.setOnEditCancel(event -> model.cancelDutyEdit(event.getIndex()));
        duties.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (duties.getEditingIndex() < 0 && event.getCode() == KeyCode.DELETE) {
                model.deleteDuty();
                event.consume();
            }
        });
        dutyAdd.setOnAction(event -> {
            model.addDuty();
            int index = model.selectedDutyProperty().get();
            duties.requestFocus();
            duties.layout();
            duties.edit(index);
        });
        dutyDelete.setOnAction(event -> model.deleteDuty());
        dutyUp.setOnAction(event -> model.moveDutyUp());
        dutyDown.setOnAction(event -> model.moveDutyDown());
    }

    /**
     * "10/10/2025" both ways, through the model: text that is not a date is handed to the model, which keeps
     * it with its message, and the picker keeps showing it instead of putting the old date back.
     */
    private final class DueConverter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            String error = model.dueErrorProperty().get();
            return error != null && !error.isEmpty() ? model.dueTextProperty().get() : model.formatDate(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (!syncing) {
                model.commitDueText(text);
                // With no date to show, the picker empties its field after the commit; put the typed text back.
                Platform.runLater(ResponsibilitiesEditorPage.this::syncDue);
            }
            return model.dueDateProperty().get();
        }
    }

    /** The unit, wrapping to the column's width (the row grows), or a red hint where the required name is missing. */
    private static final class UnitCell extends TableCell<ResponsibilityRow, String> {
        /** Left plus right cell padding, as in {@link TextCells}. */
        private static final double CELL_PADDING = 14;
        private final Text text = new Text();

        UnitCell(TableColumn<ResponsibilityRow, String> column) {
            text.getStyleClass().add(Styles.WRAP_TEXT);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.getStyleClass().remove(Styles.MISSING_VALUE);
            ResponsibilityRow row = empty ? null : getTableRow().getItem();
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setAccessibleText(empty ? null : item);
            if (row != null && row.missingUnit()) {
                text.getStyleClass().add(Styles.MISSING_VALUE);
            }
        }
    }

    /** A numbered duty that wraps to the list's width; edited in a text field that also commits on leaving it. */
    private final class DutyCell extends ListCell<String> {
        private final Label number = Nodes.label("", Styles.DUTY_NUMBER);
        private final TextField field = new TextField();

        DutyCell() {
            setWrapText(true);
            setPrefWidth(0);
            field.setAccessibleText(messages.get("ui.responsibility.editor.field.duties"));
            field.setOnAction(event -> commitEdit(field.getText()));
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    event.consume();
                }
            });
            field.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused && isEditing()) {
                    commitEdit(field.getText());
                }
            });
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            field.setText(getItem());
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.end();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            show(getItem());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
            } else if (isEditing()) {
                field.setText(item);
                setText(null);
                setGraphic(field);
            } else {
                show(item);
            }
        }

        private void show(String item) {
            if (item == null || isEmpty()) {
                return;
            }
            number.setText((getIndex() + 1) + ".");
            setText(item);
            setGraphic(number);
            setAccessibleText((getIndex() + 1) + ". " + item);
        }
    }
}
