package vn.delegationdesk.conferencedesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.delegationdesk.conferencedesk.importing.DelegateField;
import vn.delegationdesk.conferencedesk.ui.DelegateImportViewModel.Column;
import vn.delegationdesk.conferencedesk.ui.DelegateImportViewModel.Row;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The delegate import dialog over a {@link DelegateImportViewModel}, laid out like the member import's: the file, the
 * column mapping (header, a field chooser, sample values), add to the list or replace it, then the delegates to add, the
 * refused rows with their reasons and the noticed rows. Buttons "Thêm {n} đại biểu vào danh sách" and "Hủy".
 */
public final class DelegateImportDialog extends Dialog<ButtonType> {
    private final DelegateImportViewModel model;
    private final Messages messages;
    private final GridPane mapping = new GridPane();

    public DelegateImportDialog(Window owner, DelegateImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("ui.delegates.import.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId(DelegatePageIds.IMPORT_DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.ROSTER_DIALOG);
        pane.setPrefSize(1180, 720);
        pane.setContent(body());
        ButtonType confirm = new ButtonType(messages.get("ui.delegates.import.confirmAdd", 0), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId(DelegatePageIds.IMPORT_CONFIRM);
        confirmButton.textProperty().bind(model.confirmLabelProperty());
        confirmButton.disableProperty().bind(model.canConfirmProperty().not());
        confirmButton.getStyleClass().add(Styles.PRIMARY_BUTTON);
        ButtonBar.setButtonUniformSize(confirmButton, false);
        confirmButton.setMinWidth(Button.USE_PREF_SIZE);
        confirmButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.confirm();
        });
        model.finishedProperty().addListener((o, was, done) -> {
            if (done && isShowing()) {
                close();
            }
        });
        setOnHidden(event -> model.cancel());
    }

    private VBox body() {
        Label file = Nodes.label("", Styles.SECTION_TITLE);
        file.textProperty().bind(model.fileNameProperty());
        Label summary = Nodes.label("", Styles.ROSTER_SUMMARY);
        summary.setId(DelegatePageIds.IMPORT_SUMMARY);
        summary.textProperty().bind(model.summaryProperty());
        Label error = Nodes.wrapping("", Styles.ROSTER_ERROR);
        error.setId(DelegatePageIds.IMPORT_ERROR);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        mapping.setHgap(12);
        mapping.setVgap(4);
        model.columns().addListener((ListChangeListener<Column>) change -> fillMapping());
        ScrollPane mappingScroll = new ScrollPane(mapping);
        mappingScroll.setFitToWidth(true);
        ToggleGroup mode = new ToggleGroup();
        RadioButton add = new RadioButton(messages.get("ui.delegates.import.modeAdd"));
        RadioButton replace = new RadioButton(messages.get("ui.delegates.import.modeReplace"));
        replace.setId(DelegatePageIds.IMPORT_REPLACE);
        add.setToggleGroup(mode);
        replace.setToggleGroup(mode);
        add.setSelected(!model.replaceProperty().get());
        replace.selectedProperty().bindBidirectional(model.replaceProperty());
        VBox mappingPart = Nodes.vbox(Styles.ROSTER_BODY, Nodes.label(messages.get("ui.delegates.import.mapping"),
                Styles.SECTION_TITLE), mappingScroll, Nodes.hbox(Styles.ROSTER_HEADING_ROW, add, replace));
        VBox.setVgrow(mappingScroll, Priority.ALWAYS);

        TabPane tabs = new TabPane(new Tab(messages.get("ui.delegates.import.tab.accepted"), acceptedTable()),
                new Tab(messages.get("ui.delegates.import.tab.rejected"), lines(model.rejected(), DelegatePageIds.IMPORT_REJECTED,
                        "ui.roster.rejected.placeholder")),
                new Tab(messages.get("ui.delegates.import.tab.notices"), lines(model.notices(), DelegatePageIds.IMPORT_NOTICES,
                        "ui.roster.notices.placeholder")));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane parts = new SplitPane(mappingPart, tabs);
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.45);
        VBox.setVgrow(parts, Priority.ALWAYS);
        return Nodes.vbox(Styles.ROSTER_BODY, Nodes.hbox(Styles.ROSTER_HEADING_ROW, file, Nodes.hspacer(), summary), error, parts);
    }

    private void fillMapping() {
        mapping.getChildren().clear();
        mapping.addRow(0, Nodes.label(messages.get("ui.roster.mapping.column.header"), Styles.MUTED),
                Nodes.label(messages.get("ui.roster.mapping.column.field"), Styles.MUTED),
                Nodes.label(messages.get("ui.roster.mapping.column.samples"), Styles.MUTED));
        int r = 1;
        for (Column column : model.columns()) {
            ComboBox<DelegateField> choice = new ComboBox<>(FXCollections.observableArrayList(model.fieldChoices()));
            choice.setId(DelegatePageIds.IMPORT_FIELD_PREFIX + column.index());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(DelegateField field) {
                    return model.fieldLabel(field);
                }

                @Override
                public DelegateField fromString(String text) {
                    return null;
                }
            });
            choice.valueProperty().bindBidirectional(column.fieldProperty());
            mapping.addRow(r++, Nodes.label(column.header(), Styles.TEXT), choice, Nodes.label(column.samples(), Styles.MUTED));
        }
    }

    private TableView<Row> acceptedTable() {
        TableView<Row> table = new TableView<>(model.accepted());
        table.setId(DelegatePageIds.IMPORT_PREVIEW);
        table.setPlaceholder(new Label(messages.get("ui.roster.preview.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("ui.roster.preview.column.row"), row -> Integer.toString(row.rowNumber())));
        table.getColumns().add(column(model.fieldLabel(DelegateField.FULL_NAME), Row::fullName));
        table.getColumns().add(column(model.fieldLabel(DelegateField.TITLE), Row::title));
        table.getColumns().add(column(model.fieldLabel(DelegateField.BODY), Row::body));
        table.getColumns().add(column(model.fieldLabel(DelegateField.GROUP), Row::group));
        table.getColumns().add(column(model.fieldLabel(DelegateField.PRECEDENCE), Row::precedence));
        table.getColumns().add(column(model.fieldLabel(DelegateField.CONTACT), Row::contact));
        table.getColumns().add(column(model.fieldLabel(DelegateField.ON_PAYROLL), Row::onPayroll));
        table.getColumns().add(column(model.fieldLabel(DelegateField.STATUS), Row::status));
        table.getColumns().add(column(messages.get("ui.delegates.import.column.duplicate"), Row::duplicate));
        return table;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private ListView<String> lines(ObservableList<String> items, String id, String placeholderKey) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label(messages.get(placeholderKey)));
        return list;
    }
}
