package vn.delegationdesk.budget.rates.ui;


import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.DateField;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * "Bộ định mức" over a {@link RateSetsViewModel}: the sets on the left (add a copy, delete), the selected set's
 * fields and its table of values on the right ({@link RateValuesTable}: amount and basis edited in place, verified
 * as a check box), the problems of a refused save, "Lưu" and "Hoàn tác". Closing with unsaved changes asks first.
 * Only lays out, binds and wires.
 */
public final class RateSetsDialog extends Dialog<ButtonType> {
    private final RateSetsViewModel model;
    private final Messages messages;
    private final ListView<RateSet> list = new ListView<>();
    private final RateValuesTable values;

    public RateSetsDialog(Window owner, RateSetsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.values = new RateValuesTable(model, messages);
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("ui.rateSets.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId(RateSetIds.RATE_SETS_DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.RATE_SETS_DIALOG);
        pane.setPrefSize(1300, 690);
        Node form = form();
        HBox body = new HBox(side(), form);
        HBox.setHgrow(form, Priority.ALWAYS);
        pane.setContent(body);
        ButtonType close = new ButtonType(messages.get("ui.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(close);
        pane.lookupButton(close).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.mayClose()) {
                event.consume();
            }
        });
        setOnCloseRequest(event -> {
            if (getResult() == null && !model.mayClose()) {
                event.consume();
            }
        });
        wireList();
    }

    // ---- the sets --------------------------------------------------------------------------------------

    private Node side() {
        list.setId(RateSetIds.RATE_SET_LIST);
        list.setItems(model.sets());
        list.setAccessibleText(messages.get("ui.rateSets.list.accessible"));
        list.setPlaceholder(Nodes.wrapping(messages.get("ui.rateSets.list.empty"), Styles.MUTED));
        list.setCellFactory(view -> new ListCell<>() {
            // One line each (the cell height stays right); the whole text is in the tooltip.
            private final Label title = Nodes.label("", Styles.TEXT);
            private final Label detail = Nodes.label("", Styles.MUTED);
            private final VBox box = new VBox(title, detail);
            private final Tooltip tip = new Tooltip();

            {
                box.setMinWidth(0);
                box.maxWidthProperty().bind(view.widthProperty().subtract(24));
                box.prefWidthProperty().bind(box.maxWidthProperty());
                title.setMinWidth(0);
                title.setMaxWidth(Double.MAX_VALUE);
                detail.setMinWidth(0);
                detail.setMaxWidth(Double.MAX_VALUE);
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(RateSet set, boolean empty) {
                super.updateItem(set, empty);
                if (empty || set == null) {
                    setGraphic(null);
                    setTooltip(null);
                    setAccessibleText(null);
                } else {
                    title.setText(set.name());
                    detail.setText(model.describe(set));
                    setGraphic(box);
                    tip.setText(set.name() + "\n" + model.describe(set));
                    setTooltip(tip);
                    setAccessibleText(set.name() + ", " + model.describe(set));
                }
            }
        });
        Button add = Buttons.action(RateSetIds.RATE_SET_ADD, messages.get("ui.rateSets.add"),
                messages.get("ui.rateSets.add.accessible"), model::addCopy);
        Button delete = Buttons.action(RateSetIds.RATE_SET_DELETE, messages.get("ui.rateSets.delete"),
                messages.get("ui.rateSets.delete.accessible"), model::delete);
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, Buttons.unavailableWhile(add, new ReadOnlyStringWrapper(model.roleRefusal())),
                Buttons.unavailableWhile(delete, model.deleteUnavailable()));
        RateSetFileCommands files = model.files();
        Button importFile = Buttons.action(RateSetIds.RATE_SET_IMPORT, messages.get("ui.rateSets.import"),
                messages.get("ui.rateSets.import.accessible"), files::importFile);
        importFile.disableProperty().bind(model.busyProperty().or(files.busyProperty()).or(
                new ReadOnlyBooleanWrapper(!model.roleRefusal().isEmpty())));
        Button exportFile = Buttons.action(RateSetIds.RATE_SET_EXPORT, messages.get("ui.rateSets.export"),
                messages.get("ui.rateSets.export.accessible"), files::exportSelected);
        HBox fileButtons = Nodes.hbox(Styles.BUTTON_ROW, importFile, Buttons.unavailableWhile(exportFile, model.storedSetUnavailable()));
        fileButtons.setVisible(files.available());
        fileButtons.setManaged(files.available());
        files.setConfirmation(preview -> new RateSetImportDialog(getDialogPane().getScene().getWindow(), preview, messages)
                .confirmed());
        VBox side = new VBox(buttons, list, fileButtons);
        side.getStyleClass().add(Styles.EDITOR_PANE);
        VBox.setVgrow(list, Priority.ALWAYS);
        side.setMinWidth(270);
        side.setPrefWidth(270);
        side.setMaxWidth(270);
        return side;
    }

    /**
     * The list and the form show the same set. The list's own selection of the set in the form (by
     * {@link #showSelected}) goes to {@link RateSetsViewModel#select} too, which takes the set already shown without
     * asking anything.
     */
    private void wireList() {
        list.getSelectionModel().selectedItemProperty().addListener((o, old, set) -> {
            if (set != null && !model.select(set)) {
                // The user kept the changes: the list goes back to the set in the form, once this change of its
                // selection is over (a list takes no other selection from inside its own listener).
                Platform.runLater(this::showSelected);
            }
        });
        model.selectedProperty().addListener((o, old, set) -> showSelected());
        model.creatingProperty().addListener((o, old, now) -> showSelected());
        model.sets().addListener((ListChangeListener<RateSet>) change -> showSelected());
    }

    private void showSelected() {
        RateSet set = model.creatingProperty().get() ? null : model.selectedProperty().get();
        int index = set == null ? -1 : indexOf(set.id());
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < model.sets().size(); i++) {
            if (model.sets().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // ---- the form --------------------------------------------------------------------------------------

    private Node form() {
        Label heading = Nodes.label("", Styles.SECTION_TITLE);
        heading.textProperty().bind(model.formTitleProperty());
        TextField name = text(RateSetIds.RATE_SET_NAME, "ui.rateSets.field.name");
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField issuer = text(RateSetIds.RATE_SET_ISSUER, "ui.rateSets.field.issuer");
        issuer.textProperty().bindBidirectional(model.issuerProperty());
        TextField document = text(RateSetIds.RATE_SET_DOCUMENT, "ui.rateSets.field.document");
        document.textProperty().bindBidirectional(model.documentNumberProperty());
        ComboBox<RateSetKind> kind = new ComboBox<>();
        kind.getItems().setAll(RateSetKind.values());
        kind.setConverter(ChoiceConverter.of(model::label));
        name(kind, RateSetIds.RATE_SET_KIND, "ui.rateSets.field.kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setTooltip(new Tooltip(messages.get("ui.rateSets.field.kind.hint")));
        TextField from = DateField.create(model.effectiveFrom(), messages.get("ui.rateSets.date.prompt"));
        name(from, RateSetIds.RATE_SET_FROM, "ui.rateSets.field.from");
        TextField to = DateField.create(model.effectiveTo(), messages.get("ui.rateSets.date.prompt.open"));
        name(to, RateSetIds.RATE_SET_TO, "ui.rateSets.field.to");
        TextArea notes = new TextArea();
        name(notes, RateSetIds.RATE_SET_NOTES, "ui.rateSets.field.notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.textProperty().bindBidirectional(model.notesProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FORM_GRID);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(120);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(label, field, label, fixed, label, fixed);
        row(grid, 0, 0, "ui.rateSets.field.name", name, 1);
        row(grid, 0, 1, "ui.rateSets.field.issuer", issuer, 1);
        row(grid, 1, 1, "ui.rateSets.field.document", document, 1);
        row(grid, 2, 1, "ui.rateSets.field.kind", kind, 1);
        Label until = Nodes.label(messages.get("ui.rateSets.field.to"), Styles.FIELD_LABEL);
        until.setMinWidth(Region.USE_PREF_SIZE);
        until.setLabelFor(to);
        from.setMinWidth(Region.USE_PREF_SIZE);
        to.setMinWidth(Region.USE_PREF_SIZE);
        HBox dates = Nodes.hbox(Styles.BUTTON_ROW, from, until, to);
        row(grid, 1, 0, "ui.rateSets.field.from", new VBox(dates, FieldDecorations.reason(from), FieldDecorations.reason(to)), 3);
        row(grid, 0, 2, "ui.rateSets.field.notes", notes, 5);

        Label errors = Nodes.wrapping("", Styles.ROSTER_ERROR);
        errors.setId(RateSetIds.RATE_SET_ERRORS);
        errors.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.errors()), model.errors()));
        errors.visibleProperty().bind(Bindings.isNotEmpty(model.errors()));
        errors.managedProperty().bind(errors.visibleProperty());
        Label notice = Nodes.wrapping("", Styles.NOTICE);
        notice.setId(RateSetIds.RATE_SET_NOTICE);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Button save = Buttons.action(RateSetIds.RATE_SET_SAVE, messages.get("ui.rateSets.save"),
                messages.get("ui.rateSets.save.accessible"), model::save);
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button revert = Buttons.action(RateSetIds.RATE_SET_REVERT, messages.get("ui.rateSets.revert"),
                messages.get("ui.rateSets.revert.accessible"), model::revert);
        HBox actions = Nodes.hbox(Styles.BUTTON_ROW, Buttons.unavailableWhile(save, model.changesUnavailable(true)),
                Buttons.unavailableWhile(revert, model.changesUnavailable(false)), notice);
        HBox.setHgrow(notice, Priority.ALWAYS);

        Node table = values.node();
        VBox form = new VBox(heading, grid, table, errors, actions);
        form.getStyleClass().add(Styles.EDITOR_PANE);
        VBox.setVgrow(table, Priority.ALWAYS);
        form.disableProperty().bind(model.editingProperty().not());
        return form;
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private TextField text(String id, String key) {
        TextField field = new TextField();
        name(field, id, key);
        return field;
    }

    private void name(Control control, String id, String key) {
        control.setId(id);
        control.setAccessibleText(messages.get(key));
    }

    private void row(GridPane grid, int pair, int row, String key, Node field, int span) {
        Label text = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(text, pair * 2, row);
        grid.add(field, pair * 2 + 1, row, span, 1);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
