package vn.delegationdesk.delegation.responsibility.ui;

import java.time.LocalDate;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import javafx.util.StringConverter;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EnumConverter;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;

/**
 * The form half of "Tổ chức thực hiện": the selected block's unit, role, status and due date, and its duties as an
 * ordered list edited in place; a hint while no block is selected. Only builds, lays out, binds and wires the
 * {@link ResponsibilityForm} and {@link DutyList} of the editor's view model.
 */
final class ResponsibilityFormPane {
    private final ResponsibilityForm model;
    private final DutyList dutyModel;
    private final ResponsibilitiesEditorViewModel editor;
    private final Messages messages;

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
    private final VBox root;

    ResponsibilityFormPane(ResponsibilitiesEditorViewModel editor, Messages messages) {
        this.editor = editor;
        this.model = editor.form();
        this.dutyModel = editor.duties();
        this.messages = messages;
        this.formPlaceholder = Nodes.wrapping(messages.get("ui.responsibility.editor.form.placeholder"), Styles.PLACEHOLDER);
        createParts();
        root = layoutParts();
        bind();
        wire();
    }

    Node node() {
        return root;
    }

    /** Puts the cursor in the unit's field, for a block just added. */
    void focusUnit() {
        Reveal.focus(unit);
    }

    // ---- create ----------------------------------------------------------------------------------------------

    private void createParts() {
        unit.setId(ResponsibilityIds.UNIT);
        unit.setPromptText(messages.get("ui.responsibility.editor.unit.prompt"));
        unit.setAccessibleText(messages.get("ui.responsibility.editor.field.unit"));
        role.setId(ResponsibilityIds.ROLE);
        role.getItems().setAll(model.roles());
        role.setConverter(EnumConverter.of(ResponsibilityRole.class, editor::label));
        role.setAccessibleText(messages.get("ui.responsibility.editor.field.role"));
        status.setId(ResponsibilityIds.STATUS);
        status.getItems().setAll(model.statuses());
        status.setConverter(EnumConverter.of(TaskStatus.class, editor::label));
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
        duties.setItems(dutyModel.items());
        duties.setCellFactory(list -> new DutyCell());
        duties.setPlaceholder(Pages.muted(messages.get("ui.responsibility.editor.duties.placeholder")));
        duties.setAccessibleText(messages.get("ui.responsibility.editor.duties.accessible"));
        duties.setTooltip(new Tooltip(messages.get("ui.responsibility.editor.duties.hint")));
        Buttons.configure(dutyAdd, ResponsibilityIds.DUTY_ADD, messages, "ui.responsibility.editor.duty.add",
                "ui.responsibility.editor.duty.add.accessible");
        Buttons.configure(dutyDelete, ResponsibilityIds.DUTY_DELETE, messages, "ui.responsibility.editor.duty.delete",
                "ui.responsibility.editor.duty.delete.accessible");
        Buttons.configure(dutyUp, ResponsibilityIds.DUTY_MOVE_UP, messages, "ui.responsibility.editor.duty.moveUp",
                "ui.responsibility.editor.duty.moveUp.accessible");
        Buttons.configure(dutyDown, ResponsibilityIds.DUTY_MOVE_DOWN, messages, "ui.responsibility.editor.duty.moveDown",
                "ui.responsibility.editor.duty.moveDown.accessible");

        form.setId(ResponsibilityIds.FORM);
        form.getStyleClass().add(Styles.DUTY_FORM);
        formPlaceholder.setId(ResponsibilityIds.FORM_PLACEHOLDER);
        formPlaceholder.setMaxWidth(Double.MAX_VALUE);
    }

    // ---- lay out ---------------------------------------------------------------------------------------------

    private VBox layoutParts() {
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
        return editor;
    }

    private Label fieldLabel(String key, Node field) {
        Label label = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    // ---- bind ------------------------------------------------------------------------------------------------

    private void bind() {
        form.visibleProperty().bind(editor.hasSelectionProperty());
        formPlaceholder.visibleProperty().bind(editor.hasSelectionProperty().not());

        unit.textProperty().bindBidirectional(model.unitProperty());
        FieldDecorations.bind(unit, model.unitErrorProperty());
        role.valueProperty().bindBidirectional(model.roleProperty());
        status.valueProperty().bindBidirectional(model.statusProperty());

        dueError.textProperty().bind(model.dueErrorProperty());
        dueError.visibleProperty().bind(model.dueErrorProperty().isNotEmpty());
        FieldDecorations.bind(due, model.dueErrorProperty());
        showDue();
        model.dueDateProperty().addListener((observable, old, value) -> showDue());
        model.dueTextProperty().addListener((observable, old, value) -> showDue());

        dutyDelete.disableProperty().bind(dutyModel.hasSelectionProperty().not());
        dutyUp.disableProperty().bind(dutyModel.canMoveUpProperty().not());
        dutyDown.disableProperty().bind(dutyModel.canMoveDownProperty().not());
        // A duty chosen by a command (added, moved) is scrolled to; one the user clicked is in view already.
        dutyModel.selectedProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0 && duties.getSelectionModel().getSelectedIndex() != index.intValue()) {
                duties.scrollTo(index.intValue());
            }
        });
        Forms.syncSelection(duties, dutyModel.selectedProperty(), dutyModel::isRefreshing);
    }

    /** The date picker shows the form's date and, while it is not a date, the text as typed. */
    private void showDue() {
        if (!Objects.equals(due.getValue(), model.dueDateProperty().get())) {
            due.setValue(model.dueDateProperty().get());
        }
        String text = model.dueTextProperty().get();
        if (!Objects.equals(due.getEditor().getText(), text)) {
            due.getEditor().setText(text);
        }
    }

    // ---- wire ------------------------------------------------------------------------------------------------

    private void wire() {
        due.valueProperty().addListener((observable, old, value) -> {
            if (!Objects.equals(value, model.dueDateProperty().get())) {
                model.setDueDate(value);
            }
        });
        // Enter hands the typed text to the form itself: the picker's own commit would empty its field whenever it
        // has no date to show, and text that is not a date must stay on screen, marked, until it is fixed.
        due.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.commitDueText(due.getEditor().getText());
                event.consume();
            }
        });

        duties.setOnEditCommit(event -> dutyModel.commit(event.getIndex(), event.getNewValue()));
        duties.setOnEditCancel(event -> dutyModel.cancelEdit(event.getIndex()));
        duties.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (duties.getEditingIndex() < 0 && event.getCode() == KeyCode.DELETE) {
                dutyModel.delete();
                event.consume();
            }
        });
        dutyAdd.setOnAction(event -> {
            dutyModel.add();
            Reveal.editRow(duties, dutyModel.selectedProperty().get());
        });
        dutyDelete.setOnAction(event -> dutyModel.delete());
        dutyUp.setOnAction(event -> dutyModel.moveUp());
        dutyDown.setOnAction(event -> dutyModel.moveDown());
    }

    /**
     * "10/10/2025" both ways, through the form: text that is not a date (typed, then the field left) is handed to
     * the form, which keeps it with its message, and the picker keeps showing it instead of putting the old date back.
     */
    private final class DueConverter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            String error = model.dueErrorProperty().get();
            return error != null && !error.isEmpty() ? model.dueTextProperty().get() : model.formatDate(date);
        }

        @Override
        public LocalDate fromString(String text) {
            model.commitDueText(text);
            return model.dueDateProperty().get();
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
