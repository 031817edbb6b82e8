package vn.delegationdesk.delegation.programme.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
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
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.EditorChoice;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Pages;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Chương trình" as an editor: one card per date ("Thứ Ba, 14/10/2025", its leg or a warning), its sessions as
 * lanes of selectable activity rows; the selected activity's form beside them; a toolbar to add, delete, reorder
 * (also Alt+Up / Alt+Down) and move an activity to another session. Only lays out, binds and wires.
 */
public final class ProgrammeEditorPage {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ProgrammeEditorViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox dayCards = new VBox();
    private final ScrollPane daysScroll = new ScrollPane(dayCards);
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
    private final Label formWhen = new Label();
    private final Label formConference = new Label();
    private final Label formDeleteHint = new Label();
    private final Label descriptionError = new Label();
    private final Label formNone = new Label();
    private final VBox form = new VBox();
    private final GridPane fields = new GridPane();
    private final Map<ActivityRef, Node> rows = new HashMap<>();

    public ProgrammeEditorPage(ProgrammeEditorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
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
        button(add, ProgrammeIds.ADD, "ui.programme.editor.add", "ui.programme.editor.add.accessible");
        add.getStyleClass().add(Styles.PRIMARY_BUTTON);
        button(delete, ProgrammeIds.DELETE, "ui.programme.editor.delete", "ui.programme.editor.delete.accessible");
        button(moveUp, ProgrammeIds.MOVE_UP, "ui.programme.editor.moveUp", "ui.programme.editor.moveUp.accessible");
        button(moveDown, ProgrammeIds.MOVE_DOWN, "ui.programme.editor.moveDown",
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

        dayCards.setId(ProgrammeIds.DAYS);
        dayCards.setAccessibleText(messages.get("ui.programme.editor.days.accessible"));
        dayCards.getStyleClass().add(Styles.PAGE_CONTENT);
        daysScroll.setFitToWidth(true);
        daysScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        daysScroll.getStyleClass().add(Styles.PAGE);

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

    private void button(Button button, String id, String key, String accessibleKey) {
        Buttons.configure(button, id, messages.get(key), messages.get(accessibleKey));
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
        formScroll.setMinWidth(340);
        formScroll.setPrefWidth(420);
        formScroll.setMaxWidth(460);

        HBox body = new HBox(daysScroll, formScroll);
        HBox.setHgrow(daysScroll, Priority.ALWAYS);
        root.setCenter(body);
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
        for (Node node : fields.getChildren()) {
            if (node != descriptionError) {
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

        model.days().addListener((ListChangeListener<ProgrammeItems.Day>) change -> rebuildDays());
        model.selectedProperty().addListener((o, old, ref) -> markSelection());
        rebuildDays();
    }


    // ---- wire ------------------------------------------------------------------------------------------

    private void wire() {
        add.setOnAction(e -> {
            model.add();
            description.requestFocus();
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

    // ---- day cards -------------------------------------------------------------------------------------

    private void rebuildDays() {
        boolean rowFocused = rows.values().stream().anyMatch(Node::isFocused);
        rows.clear();
        List<ProgrammeItems.Day> days = List.copyOf(model.days());
        if (days.isEmpty()) {
            dayCards.getChildren().setAll(Pages.muted(messages.get("ui.programme.editor.empty")));
            return;
        }
        dayCards.getChildren().setAll(days.stream().map(this::dayCard).toList());
        markSelection();
        Node selected = model.selectedProperty().get() == null ? null : rows.get(model.selectedProperty().get());
        if (rowFocused && selected != null) {
            selected.requestFocus();
        }
    }

    private Node dayCard(ProgrammeItems.Day day) {
        HBox header = Nodes.hbox(Styles.CARD_ROWS, Nodes.label(day.header(), Styles.CARD_TITLE));
        header.setAlignment(Pos.CENTER_LEFT);
        if (day.outsideLegs()) {
            header.getChildren().add(Nodes.chip(day.warning(), Styles.CHIP_WARNING));
        } else if (!day.place().isEmpty()) {
            header.getChildren().add(Nodes.chip(day.place(), Styles.CHIP_NEUTRAL));
        }
        header.getChildren().add(Nodes.hspacer());
        for (ProgrammeItems.Session session : day.sessions()) {
            Button addTo = new Button(messages.get("ui.programme.editor.addTo", session.label()));
            addTo.setId(ProgrammeIds.addTo(session.slot()));
            addTo.getStyleClass().add(Styles.SMALL_BUTTON);
            addTo.setAccessibleText(session.addText());
            addTo.setTooltip(new Tooltip(session.addText()));
            addTo.setMinWidth(Region.USE_PREF_SIZE);
            addTo.disableProperty().bind(model.canEditProperty().not());
            addTo.setOnAction(e -> {
                model.add(session.slot().date(), session.slot().halfDay());
                description.requestFocus();
            });
            header.getChildren().add(addTo);
        }
        VBox card = Nodes.vbox(Styles.CARD, header);
        card.setId(ProgrammeIds.day(day.date()));
        card.getStyleClass().add(Styles.PROGRAMME_DAY);
        if (day.outsideLegs()) {
            card.getStyleClass().add(Styles.PROGRAMME_DAY_OUTSIDE);
        }
        if (day.isEmpty()) {
            card.getChildren().add(Pages.muted(messages.get("ui.programme.editor.dayEmpty")));
            return card;
        }
        GridPane lanes = new GridPane();
        lanes.getStyleClass().add(Styles.PROGRAMME_LANES);
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(86);
        labelColumn.setPrefWidth(86);
        ColumnConstraints rowsColumn = new ColumnConstraints();
        rowsColumn.setHgrow(Priority.ALWAYS);
        rowsColumn.setFillWidth(true);
        rowsColumn.setMinWidth(200);
        lanes.getColumnConstraints().setAll(labelColumn, rowsColumn);
        int index = 0;
        for (ProgrammeItems.Session session : day.sessions()) {
            if (session.rows().isEmpty()) {
                continue;
            }
            Label label = Nodes.label(session.label(), Styles.PROGRAMME_LANE_LABEL);
            VBox lane = new VBox(session.rows().stream().map(this::activityRow).toArray(Node[]::new));
            lane.getStyleClass().add(Styles.LIST_ROWS);
            Pages.addTopRow(lanes, index++, label, lane);
        }
        card.getChildren().add(lanes);
        return card;
    }

    private Node activityRow(ProgrammeItems.Row row) {
        Label kindChip = Nodes.chip(row.kind(), row.conference() ? Styles.CHIP_SUCCESS : Styles.CHIP_ACCENT);
        VBox text = new VBox(Pages.text(row.description()));
        text.getStyleClass().add(Styles.LIST_ROWS);
        if (!row.details().isEmpty()) {
            text.getChildren().add(Pages.muted(String.join(" · ", row.details())));
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = Nodes.hbox(Styles.PROGRAMME_ROW, kindChip, text);
        box.getStyleClass().add(ProgrammeIds.ACTIVITY_ROW);
        if (row.flagged()) {
            Label warning = Nodes.chip(messages.get("ui.programme.editor.outsideLegs"), Styles.CHIP_WARNING);
            Tooltip.install(warning, new Tooltip(row.flagText()));
            box.getChildren().add(warning);
            box.getStyleClass().add(Styles.PROGRAMME_ROW_FLAGGED);
            Tooltip tip = new Tooltip(row.flagText());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(box, tip);
        }
        box.setId(ProgrammeIds.activityRow(row.ref()));
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.LIST_ITEM);
        box.setAccessibleText(row.accessibleText());
        box.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            model.select(row.ref());
            box.requestFocus();
        });
        box.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)) {
                model.select(row.ref());
                e.consume();
            }
        });
        box.focusedProperty().addListener((o, was, focused) -> {
            if (focused && !row.ref().equals(model.selectedProperty().get())) {
                model.select(row.ref());
            }
        });
        rows.put(row.ref(), box);
        return box;
    }

    private void markSelection() {
        ActivityRef selected = model.selectedProperty().get();
        rows.forEach((ref, node) -> node.pseudoClassStateChanged(SELECTED, ref.equals(selected)));
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
