package vn.delegationdesk.delegation.conference.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import vn.delegationdesk.delegation.programme.ui.ProgrammeItems;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.EditableTextCell;
import vn.delegationdesk.platform.ui.FieldDecorations;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.platform.ui.Styles;

/**
 * "Hội nghị" as an editor: the conferences on the left (add, delete), the selected one's fields and its agenda
 * table (add, delete, reorder, edit in place) on the right. A deletion is confirmed through the
 * {@link DialogService} when one is given. Only lays out, binds and wires.
 */
public final class ConferenceEditorPage {
    private final ConferenceEditorViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final ListView<ConferenceItems.Row> list = new ListView<>();
    private final Button add = new Button();
    private final Button delete = new Button();
    private final TextArea title = new TextArea();
    private final ComboBox<ProgrammeItems.Target> slot = new ComboBox<>();
    private final TextField venue = new TextField();
    private final TextField venueStandard = new TextField();
    private final TextField expectedDelegates = new TextField();
    private final TextField coOrganiser = new TextField();
    private final Label titleError = new Label();
    private final Label delegatesError = new Label();
    private final TableView<ConferenceItems.AgendaRow> agenda = new TableView<>();
    private final Button agendaAdd = new Button();
    private final Button agendaDelete = new Button();
    private final Button agendaUp = new Button();
    private final Button agendaDown = new Button();
    private final Label agendaError = new Label();
    private final Label none = new Label();
    private final Label deskSummary = new Label();
    private final Button deskDelegates = new Button();
    private final Button deskCheckIn = new Button();
    private final VBox form = new VBox();

    /** {@code dialogs} may be null: a deletion then happens without asking. */
    public ConferenceEditorPage(ConferenceEditorViewModel model, Messages messages, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
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
        root.setId(ConferenceIds.EDITOR);
        root.getStyleClass().add(Styles.EDITOR);
        root.setAccessibleText(messages.get("ui.conference.editor.accessible"));
        list.setId(ConferenceIds.LIST);
        list.getStyleClass().add(Styles.CONFERENCE_LIST);
        list.setAccessibleText(messages.get("ui.conference.editor.list.accessible"));
        list.setPlaceholder(Nodes.wrapping(messages.get("ui.conference.editor.empty"), Styles.MUTED));
        list.setCellFactory(view -> new ConferenceCell());
        Buttons.configure(add, ConferenceIds.ADD, messages, "ui.conference.editor.add", "ui.conference.editor.add.accessible");
        add.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Buttons.configure(delete, ConferenceIds.DELETE, messages, "ui.conference.editor.delete", "ui.conference.editor.delete.accessible");

        field(title, ConferenceIds.TITLE, "ui.conference.editor.field.title");
        title.setWrapText(true);
        title.setPrefRowCount(2);
        field(slot, ConferenceIds.SLOT, "ui.conference.editor.field.slot");
        slot.setMaxWidth(Double.MAX_VALUE);
        slot.setVisibleRowCount(12);
        slot.setTooltip(new Tooltip(messages.get("ui.conference.editor.slot.hint")));
        field(venue, ConferenceIds.VENUE, "ui.conference.editor.field.venue");
        field(venueStandard, ConferenceIds.VENUE_STANDARD, "ui.conference.editor.field.venueStandard");
        venueStandard.setPromptText(messages.get("ui.conference.editor.field.venueStandard.prompt"));
        field(expectedDelegates, ConferenceIds.EXPECTED_DELEGATES, "ui.conference.editor.field.delegates");
        expectedDelegates.setPromptText(messages.get("ui.conference.editor.field.delegates.prompt"));
        field(coOrganiser, ConferenceIds.CO_ORGANISER, "ui.conference.editor.field.coOrganiser");
        titleError.getStyleClass().add(Styles.FORM_ERROR);
        delegatesError.getStyleClass().add(Styles.FORM_ERROR);
        delegatesError.setWrapText(true);
        delegatesError.setMinHeight(Region.USE_PREF_SIZE);
        agendaError.setId(ConferenceIds.AGENDA_ERROR);
        agendaError.getStyleClass().add(Styles.FORM_ERROR);

        agenda.setId(ConferenceIds.AGENDA_TABLE);
        agenda.getStyleClass().add(Styles.AGENDA_TABLE);
        agenda.setAccessibleText(messages.get("ui.conference.editor.agenda.accessible"));
        agenda.setEditable(true);
        agenda.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        agenda.setPlaceholder(Nodes.wrapping(messages.get("ui.conference.agenda.empty"), Styles.MUTED));
        TableColumn<ConferenceItems.AgendaRow, String> number = column("ui.conference.editor.agenda.column.number",
                ConferenceItems.AgendaRow::number, null);
        number.setPrefWidth(48);
        number.setMaxWidth(60);
        TableColumn<ConferenceItems.AgendaRow, String> content = column("ui.conference.editor.agenda.column.content",
                ConferenceItems.AgendaRow::content, (text, index) -> model.agenda().editContent(index, text));
        content.setPrefWidth(420);
        TableColumn<ConferenceItems.AgendaRow, String> presenter = column("ui.conference.editor.agenda.column.presenter",
                ConferenceItems.AgendaRow::presenter, (text, index) -> model.agenda().editPresenter(index, text));
        presenter.setPrefWidth(200);
        TableColumn<ConferenceItems.AgendaRow, String> duration = column("ui.conference.editor.agenda.column.duration",
                ConferenceItems.AgendaRow::duration, (text, index) -> model.agenda().editDuration(index, text));
        duration.setPrefWidth(120);
        agenda.getColumns().setAll(List.of(number, content, presenter, duration));
        Buttons.configure(agendaAdd, ConferenceIds.AGENDA_ADD, messages, "ui.conference.editor.agenda.add",
                "ui.conference.editor.agenda.add.accessible");
        Buttons.configure(agendaDelete, ConferenceIds.AGENDA_DELETE, messages, "ui.conference.editor.agenda.delete",
                "ui.conference.editor.agenda.delete.accessible");
        Buttons.configure(agendaUp, ConferenceIds.AGENDA_UP, messages, "ui.conference.editor.agenda.up",
                "ui.conference.editor.agenda.up.accessible");
        Buttons.configure(agendaDown, ConferenceIds.AGENDA_DOWN, messages, "ui.conference.editor.agenda.down",
                "ui.conference.editor.agenda.down.accessible");
        deskSummary.setId(ConferenceIds.DESK_SUMMARY);
        deskSummary.getStyleClass().add(Styles.MUTED);
        deskSummary.setWrapText(true);
        deskSummary.setMinWidth(0);
        Buttons.configure(deskDelegates, ConferenceIds.DESK_DELEGATES, messages, "ui.conference.desk.delegates",
                "ui.conference.desk.delegates.accessible");
        Buttons.configure(deskCheckIn, ConferenceIds.DESK_CHECK_IN, messages, "ui.conference.desk.checkIn",
                "ui.conference.desk.checkIn.accessible");
        none.setText(messages.get("ui.conference.editor.none"));
        none.getStyleClass().add(Styles.MUTED);
    }

    private TableColumn<ConferenceItems.AgendaRow, String> column(String key,
            Function<ConferenceItems.AgendaRow, String> value, ObjIntConsumer<String> commit) {
        TableColumn<ConferenceItems.AgendaRow, String> column = new TableColumn<>(messages.get(key));
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        if (commit != null) {
            Callback<TableColumn<ConferenceItems.AgendaRow, String>, TableCell<ConferenceItems.AgendaRow, String>> cells =
                    c -> new EditableTextCell<>(commit, messages.get(key));
            column.setCellFactory(cells);
            column.setEditable(true);
        } else {
            column.setEditable(false);
        }
        return column;
    }

    private void field(Control control, String id, String key) {
        Forms.name(control, id, messages.get(key));
    }

    // ---- layout ----------------------------------------------------------------------------------------

    private void layoutParts() {
        HBox listButtons = new HBox(Buttons.unavailableWhile(add, model.addUnavailableProperty()), delete);
        listButtons.getStyleClass().add(Styles.CARD_ROWS);
        listButtons.setSpacing(6);
        VBox side = new VBox(listButtons, list);
        side.getStyleClass().add(Styles.CONFERENCE_SIDE);
        VBox.setVgrow(list, Priority.ALWAYS);

        GridPane fields = new GridPane();
        fields.getStyleClass().add(Styles.EDITOR_FIELDS);
        ColumnConstraints left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        left.setFillWidth(true);
        left.setPercentWidth(50);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        right.setFillWidth(true);
        right.setPercentWidth(50);
        fields.getColumnConstraints().setAll(left, right);
        labelled(fields, 0, 0, 2, "ui.conference.editor.field.title", title);
        fields.add(titleError, 0, 2, 2, 1);
        labelled(fields, 3, 0, 1, "ui.conference.editor.field.slot", slot);
        labelled(fields, 3, 1, 1, "ui.conference.editor.field.delegates", expectedDelegates);
        fields.add(delegatesError, 1, 5);
        labelled(fields, 6, 0, 1, "ui.conference.editor.field.venue", venue);
        labelled(fields, 6, 1, 1, "ui.conference.editor.field.venueStandard", venueStandard);
        labelled(fields, 8, 0, 2, "ui.conference.editor.field.coOrganiser", coOrganiser);

        HBox agendaBar = new HBox(Nodes.label(messages.get("ui.conference.agenda"), Styles.SECTION_TITLE), Nodes.hspacer(),
                agendaAdd, agendaDelete, agendaUp, agendaDown);
        agendaBar.getStyleClass().add(Styles.CARD_ROWS);
        agendaBar.setSpacing(6);
        agendaBar.setAlignment(Pos.CENTER_LEFT);

        form.setId(ConferenceIds.FORM);
        form.getStyleClass().add(Styles.EDITOR_FORM);
        form.getChildren().setAll(fields, agendaBar, agenda, agendaError);
        if (model.hasDesk()) {
            HBox deskBar = new HBox(Nodes.label(messages.get("ui.conference.desk"), Styles.SECTION_TITLE), deskSummary,
                    Nodes.hspacer(), deskDelegates, deskCheckIn);
            deskBar.getStyleClass().add(Styles.CARD_ROWS);
            deskBar.setSpacing(8);
            deskBar.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(deskSummary, Priority.SOMETIMES);
            form.getChildren().add(1, deskBar);
        }
        VBox page = new VBox(form, none);
        page.getStyleClass().add(Styles.PAGE_CONTENT);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Styles.PAGE);

        root.setLeft(side);
        root.setCenter(scroll);
    }

    private void labelled(GridPane grid, int row, int column, int span, String key, Control control) {
        Label label = Nodes.label(messages.get(key), Styles.FIELD_LABEL);
        label.setLabelFor(control);
        GridPane.setValignment(label, VPos.BOTTOM);
        grid.add(label, column, row, span, 1);
        grid.add(control, column, row + 1, span, 1);
    }

    // ---- bind ------------------------------------------------------------------------------------------

    private void bind() {
        ConferenceForm f = model.form();
        AgendaList a = model.agenda();
        list.setItems(model.conferences());
        slot.setItems(f.slots());
        title.textProperty().bindBidirectional(f.titleProperty());
        slot.valueProperty().bindBidirectional(f.slotProperty());
        venue.textProperty().bindBidirectional(f.venueProperty());
        venueStandard.textProperty().bindBidirectional(f.venueStandardProperty());
        expectedDelegates.textProperty().bindBidirectional(f.expectedDelegatesProperty());
        coOrganiser.textProperty().bindBidirectional(f.coOrganiserProperty());
        titleError.textProperty().bind(f.titleErrorProperty());
        delegatesError.textProperty().bind(f.expectedDelegatesErrorProperty());
        agendaError.textProperty().bind(a.errorProperty());
        deskSummary.textProperty().bind(model.deskSummaryProperty());
        FieldDecorations.bind(title, f.titleErrorProperty());
        FieldDecorations.bind(expectedDelegates, f.expectedDelegatesErrorProperty());
        Forms.showWhen(titleError, f.titleErrorProperty().isNotNull());
        Forms.showWhen(delegatesError, f.expectedDelegatesErrorProperty().isNotNull());
        Forms.showWhen(agendaError, a.errorProperty().isNotNull());
        Forms.showWhen(form, model.presentProperty());
        Forms.showWhen(none, model.presentProperty().not().and(Bindings.isNotEmpty(model.conferences())));
        agenda.setItems(a.rows());

        delete.disableProperty().bind(model.presentProperty().not());
        agendaAdd.disableProperty().bind(model.presentProperty().not());
        agendaDelete.disableProperty().bind(a.canDeleteProperty().not());
        agendaUp.disableProperty().bind(a.canMoveUpProperty().not());
        agendaDown.disableProperty().bind(a.canMoveDownProperty().not());

        Forms.syncSelection(list, model.selectedProperty(), model::isRefreshing);
        // The list starts on the conference the model shows; later changes are kept in step by syncSelection.
        list.getSelectionModel().select(model.selectedProperty().get());
        Forms.syncSelection(agenda, a.selectedProperty(), a::isRefreshing);
    }

    // ---- wire ------------------------------------------------------------------------------------------

    private void wire() {
        AgendaList a = model.agenda();
        add.setOnAction(e -> {
            model.add();
            Reveal.focus(title);
        });
        delete.setOnAction(e -> {
            if (dialogs == null || dialogs.confirm(model.deleteQuestionTitle(), model.deleteQuestion(),
                    messages.get("ui.conference.editor.delete"))) {
                model.delete();
            }
        });
        agendaAdd.setOnAction(e -> {
            a.add();
            // The new point is brought into view (in the table and on the page) with its content being edited.
            Reveal.editRow(agenda, a.selectedProperty().get(), agenda.getColumns().get(1));
        });
        agendaDelete.setOnAction(e -> a.delete());
        deskDelegates.setOnAction(e -> model.openDelegates());
        deskCheckIn.setOnAction(e -> model.openCheckIn());
        agendaUp.setOnAction(e -> a.moveUp());
        agendaDown.setOnAction(e -> a.moveDown());
    }

    /** A conference: its title on up to two lines, and when it is held. */
    private static final class ConferenceCell extends ListCell<ConferenceItems.Row> {
        private final Label title = new Label();
        private final Label when = new Label();
        private final VBox box = new VBox(title, when);

        ConferenceCell() {
            title.getStyleClass().add(Styles.CLAMP_LABEL);
            title.setMaxWidth(Double.MAX_VALUE);
            when.getStyleClass().add(Styles.ACCENT_TEXT);
            box.getStyleClass().add(Styles.LIST_ROWS);
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ConferenceItems.Row item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            title.setText(item.title());
            when.setText(item.when());
            setGraphic(box);
            setTooltip(new Tooltip(item.title()));
            setAccessibleText(item.title() + ", " + item.when());
        }
    }
}
