package vn.delegationdesk.delegation.programme.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EditorChoice;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Chương trình" as an editor: the {@link ProgrammeDayCards calendar} (a card per date, its sessions as lanes of
 * selectable activity rows); the selected activity's form beside it; a toolbar to add, delete, reorder (also
 * Alt+Up / Alt+Down) and move an activity to another session. Only lays out, binds and wires.
 */
public final class ProgrammeEditorPage {
    /** The width of the activity's form: enough for its labels and two time fields side by side. */
    private static final double FORM_WIDTH = 400;

    private final ProgrammeEditorViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final ProgrammeDayCards dayCards;
    private final Button add = new Button();
    private final Button delete = new Button();
    private final Button moveUp = new Button();
    private final Button moveDown = new Button();
    private final ComboBox<ProgrammeItems.Target> moveTarget = new ComboBox<>();
    private final Label hint = new Label();
    private final ComboBox<EditorChoice<ActivityKind>> kind = new ComboBox<>();
    private final TextArea description = new TextArea();
    private final TextField place = new TextField();
    private final TextField host = new TextField();
    private final ComboBox<EditorChoice<TransportMode>> transport = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final TextField startTime = new TextField();
    private final TextField endTime = new TextField();
    private final Label timeError = new Label();
    private final HBox times = new HBox();
    private final Label formWhen = new Label();
    private final Label formConference = new Label();
    private final Label formDeleteHint = new Label();
    private final Label descriptionError = new Label();
    private final Label formNone = new Label();
    private final VBox form = new VBox();
    private final GridPane fields = new GridPane();

    public ProgrammeEditorPage(ProgrammeEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.dayCards = new ProgrammeDayCards(model, messages, this::showAdded);
        createParts();
        layoutParts();
        bind();
        wire();
    }

    public Node node() {
        return root;
    }

    // ---- create ----------------------------------------------------------------------------------------

    private void createParts() {
        root.setId(ProgrammeIds.EDITOR);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.programme.editor.accessible"));
        Buttons.configure(add, ProgrammeIds.ADD, messages, "ui.programme.editor.add", "ui.programme.editor.add.accessible");
        add.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Buttons.configure(delete, ProgrammeIds.DELETE, messages, "ui.programme.editor.delete", "ui.programme.editor.delete.accessible");
        Buttons.configure(moveUp, ProgrammeIds.MOVE_UP, messages, "ui.programme.editor.moveUp", "ui.programme.editor.moveUp.accessible");
        Buttons.configure(moveDown, ProgrammeIds.MOVE_DOWN, messages, "ui.programme.editor.moveDown",
                "ui.programme.editor.moveDown.accessible");
        moveTarget.setId(ProgrammeIds.MOVE_TARGET);
        moveTarget.setPromptText(messages.get("ui.programme.editor.moveTarget"));
        moveTarget.setAccessibleText(messages.get("ui.programme.editor.moveTarget.accessible"));
        moveTarget.setTooltip(new Tooltip(messages.get("ui.programme.editor.moveTarget.accessible")));
        moveTarget.setVisibleRowCount(12);
        moveTarget.setButtonCell(new PromptCell(messages.get("ui.programme.editor.moveTarget")));
        hint.setText(messages.get("ui.programme.editor.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setMinWidth(Region.USE_PREF_SIZE);

        field(kind, ProgrammeIds.FORM_KIND, "ui.programme.editor.field.kind");
        kind.getItems().setAll(model.form().kindChoices());
        kind.setMaxWidth(Double.MAX_VALUE);
        field(description, ProgrammeIds.FORM_DESCRIPTION, "ui.programme.editor.field.description");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        field(place, ProgrammeIds.FORM_PLACE, "ui.programme.editor.field.place");
        field(host, ProgrammeIds.FORM_HOST, "ui.programme.editor.field.host");
        field(transport, ProgrammeIds.FORM_TRANSPORT, "ui.programme.editor.field.transport");
        transport.getItems().setAll(model.form().transportChoices());
        transport.setMaxWidth(Double.MAX_VALUE);
        field(notes, ProgrammeIds.FORM_NOTES, "ui.programme.editor.field.notes");
        field(startTime, ProgrammeIds.FORM_START_TIME, "ui.programme.editor.field.start");
        field(endTime, ProgrammeIds.FORM_END_TIME, "ui.programme.editor.field.end");
        startTime.setPromptText("08:00");
        endTime.setPromptText("11:30");
        startTime.setPrefColumnCount(6);
        endTime.setPrefColumnCount(6);
        timeError.getStyleClass().add(Styles.FORM_ERROR);
        wrap(timeError);
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        formWhen.getStyleClass().add(Styles.ACCENT_TEXT);
        wrap(formWhen);
        formConference.getStyleClass().add(Styles.MUTED);
        wrap(formConference);
        formDeleteHint.getStyleClass().add(Styles.MUTED);
        wrap(formDeleteHint);
        descriptionError.getStyleClass().add(Styles.FORM_ERROR);
        formNone.setText(messages.get("ui.programme.editor.form.none"));
        formNone.getStyleClass().add(Styles.MUTED);
        wrap(formNone);
    }

    private void field(Control control, String id, String key) {
        Forms.name(control, id, messages.get(key));
    }

    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private void layoutParts() {
        HBox toolbar = Nodes.hbox(Styles.EDITOR_TOOLBAR, add, delete, moveUp, moveDown, moveTarget, Nodes.hspacer(), hint);
        root.setTop(toolbar);

        fields.getStyleClass().add(Styles.EDITOR_FIELDS);
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        fields.getColumnConstraints().setAll(column);
        int row = 0;
        row = labelled(fields, row, "ui.programme.editor.field.kind", kind);
        row = labelled(fields, row, "ui.programme.editor.field.description", description);
        fields.add(descriptionError, 0, row++);
        times.getStyleClass().add(Styles.BUTTON_ROW);
        times.getChildren().setAll(timeField("ui.programme.editor.field.start", startTime),
                timeField("ui.programme.editor.field.end", endTime));
        fields.add(times, 0, row++);
        fields.add(timeError, 0, row++);
        row = labelled(fields, row, "ui.programme.editor.field.place", place);
        row = labelled(fields, row, "ui.programme.editor.field.host", host);
        row = labelled(fields, row, "ui.programme.editor.field.transport", transport);
        labelled(fields, row, "ui.programme.editor.field.notes", notes);

        form.setId(ProgrammeIds.FORM);
        form.getStyleClass().add(Styles.EDITOR_FORM);
        form.getChildren().setAll(Nodes.label(messages.get("ui.programme.editor.form.title"), Styles.CARD_TITLE), formWhen,
                formConference, formDeleteHint, fields, formNone);
        VBox formPage = new VBox(form);
        formPage.getStyleClass().add(Styles.PAGE_CONTENT);
        ScrollPane formScroll = new ScrollPane(formPage);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.getStyleClass().add(Styles.PAGE);
        // The form keeps one width whatever is selected (its scroll bar always there), so the calendar beside it and
        // its "+ Buổi" buttons stay where they are when the selection changes.
        formScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        formScroll.setMinWidth(FORM_WIDTH);
        formScroll.setPrefWidth(FORM_WIDTH);
        formScroll.setMaxWidth(FORM_WIDTH);

        HBox body = new HBox(dayCards.node(), formScroll);
        HBox.setHgrow(dayCards.node(), Priority.ALWAYS);
        root.setCenter(body);
    }

    private VBox timeField(String key, TextField field) {
        Label label = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        label.setLabelFor(field);
        return new VBox(label, field);
    }

    private int labelled(GridPane grid, int row, String key, Control control) {
        Label label = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        label.setLabelFor(control);
        grid.add(label, 0, row);
        grid.add(control, 0, row + 1);
        GridPane.setValignment(label, VPos.BOTTOM);
        return row + 2;
    }

    // ---- bind ------------------------------------------------------------------------------------------

    private void bind() {
        ActivityForm f = model.form();
        kind.valueProperty().bindBidirectional(f.kindProperty());
        description.textProperty().bindBidirectional(f.descriptionProperty());
        place.textProperty().bindBidirectional(f.placeProperty());
        host.textProperty().bindBidirectional(f.hostProperty());
        transport.valueProperty().bindBidirectional(f.transportProperty());
        notes.textProperty().bindBidirectional(f.notesProperty());
        startTime.textProperty().bindBidirectional(f.startTime().textProperty());
        endTime.textProperty().bindBidirectional(f.endTime().textProperty());
        FieldDecorations.bind(startTime, f.startTime().errorProperty());
        FieldDecorations.bind(endTime, f.endTime().errorProperty());
        timeError.textProperty().bind(Bindings.createStringBinding(() -> f.startTime().errorProperty().get() != null
                ? f.startTime().errorProperty().get() : f.endTime().errorProperty().get(),
                f.startTime().errorProperty(), f.endTime().errorProperty()));
        formWhen.textProperty().bind(f.whenProperty());
        formConference.textProperty().bind(Bindings.createStringBinding(() -> f.conferenceProperty().get().isEmpty() ? ""
                : messages.get("ui.programme.editor.field.conference") + ": " + f.conferenceProperty().get(),
                f.conferenceProperty()));
        formDeleteHint.textProperty().bind(model.deleteHintProperty());
        descriptionError.textProperty().bind(f.descriptionErrorProperty());
        FieldDecorations.bind(description, f.descriptionErrorProperty());
        kind.disableProperty().bind(f.linkedProperty());
        Forms.showWhen(formWhen, f.presentProperty());
        Forms.showWhen(formConference, f.linkedProperty());
        Forms.showWhen(formDeleteHint, f.linkedProperty());
        Forms.showWhen(descriptionError, f.descriptionErrorProperty().isNotNull());
        Forms.showWhen(timeError, timeError.textProperty().isNotEmpty());
        for (Node node : fields.getChildren()) {
            if (node != descriptionError && node != timeError) {
                Forms.showWhen(node, f.presentProperty());
            }
        }
        Forms.showWhen(formNone, f.presentProperty().not());

        add.disableProperty().bind(model.canEditProperty().not());
        delete.disableProperty().bind(model.canDeleteProperty().not());
        moveUp.disableProperty().bind(model.canMoveUpProperty().not());
        moveDown.disableProperty().bind(model.canMoveDownProperty().not());
        moveTarget.disableProperty().bind(model.selectedProperty().isNull());
        moveTarget.setItems(model.targets());
    }

    // ---- wire ------------------------------------------------------------------------------------------

    private void wire() {
        add.setOnAction(e -> {
            model.add();
            showAdded();
        });
        delete.setOnAction(e -> model.delete());
        moveUp.setOnAction(e -> model.moveUp());
        moveDown.setOnAction(e -> model.moveDown());
        moveTarget.setOnAction(e -> {
            ProgrammeItems.Target target = moveTarget.getValue();
            if (target != null) {
                model.moveTo(target.slot());
                Platform.runLater(() -> moveTarget.getSelectionModel().clearSelection());
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                model.moveUp();
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                model.moveDown();
                event.consume();
            }
        });
    }

    /** An activity was just added: its row is brought into view in the calendar and its description takes the typing. */
    private void showAdded() {
        dayCards.revealSelected();
        Reveal.focus(description);
    }

    /** Shows the prompt ("Chuyển đến…") whenever nothing is chosen, also after the choice has been cleared. */
    private static final class PromptCell extends ListCell<ProgrammeItems.Target> {
        private final String prompt;

        PromptCell(String prompt) {
            this.prompt = prompt;
        }

        @Override
        protected void updateItem(ProgrammeItems.Target item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? prompt : item.label());
        }
    }
}
