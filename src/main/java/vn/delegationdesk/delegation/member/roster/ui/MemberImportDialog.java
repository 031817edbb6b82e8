package vn.delegationdesk.delegation.member.roster.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.delegation.member.roster.MemberField;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The member import dialog over a {@link MemberImportViewModel}: the file and a progress mark while it is read, the
 * column mapping (header, sample values, a field chooser per column), the counts, then the members that will be
 * imported and the rejected rows with their reasons. Buttons "Nhập {n} thành viên" and "Hủy". It only lays out,
 * binds and wires; show it with {@link #show()} or {@link #showAndWait()} after {@code start(file)}.
 */
public final class MemberImportDialog extends Dialog<ButtonType> {
    private final MemberImportViewModel model;
    private final Messages messages;
    private boolean confirmRequested;

    public MemberImportDialog(Window owner, MemberImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(messages.get("ui.roster.dialog.title"));
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId(RosterIds.DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().addAll(Styles.ROOT, Styles.ROSTER_DIALOG);
        pane.setPrefSize(1180, 720);
        pane.setContent(body());
        ButtonType confirm = new ButtonType(messages.get("ui.roster.confirm", 0), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons(pane, confirm, cancel);
        model.finishedProperty().addListener((observable, was, finished) -> {
            if (finished && isShowing()) {
                // showAndWait() answers the confirm button only when the members were handed on.
                setResult(confirmRequested ? confirm : cancel);
                close();
            }
        });
        setOnHidden(event -> model.cancel());
    }

    private VBox body() {
        Label file = Nodes.label("", Styles.SECTION_TITLE);
        file.setId(RosterIds.FILE);
        file.textProperty().bind(model.fileNameProperty());
        file.setMaxWidth(Double.MAX_VALUE);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId(RosterIds.PROGRESS);
        progress.getStyleClass().add(Styles.BUSY_INDICATOR);
        progress.setAccessibleText(messages.get("ui.roster.progress.accessible"));
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());
        Label summary = Nodes.label("", Styles.ROSTER_SUMMARY);
        summary.setId(RosterIds.SUMMARY);
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Label.USE_PREF_SIZE);
        var heading = Nodes.hbox(Styles.ROSTER_HEADING_ROW, file, progress, Nodes.hspacer(), summary);

        Label error = Nodes.wrapping("", Styles.ROSTER_ERROR);
        error.setId(RosterIds.ERROR);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label mappingTitle = Nodes.label(messages.get("ui.roster.mapping.heading"), Styles.SECTION_TITLE);
        Label note = Nodes.label(messages.get("ui.roster.mapping.note"), Styles.MUTED);
        Label hint = Nodes.wrapping("", Styles.ACCENT_TEXT);
        hint.textProperty().bind(model.hintProperty());
        hint.visibleProperty().bind(model.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        var mappingHeading = Nodes.hbox(Styles.ROSTER_HEADING_ROW, mappingTitle, note);
        TableView<MappingColumn> mapping = mappingTable();

        TabPane tabs = new TabPane(acceptedTab(), rejectedTab(), noticesTab());
        tabs.setId(RosterIds.TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(mapping, Priority.ALWAYS);
        VBox mappingPart = Nodes.vbox(Styles.ROSTER_BODY, mappingHeading, hint, mapping);
        // The user can give the mapping or the preview more room; the preview starts a little below the middle.
        SplitPane parts = new SplitPane(mappingPart, tabs);
        parts.setOrientation(Orientation.VERTICAL);
        parts.setDividerPositions(0.52);
        VBox.setVgrow(parts, Priority.ALWAYS);
        return Nodes.vbox(Styles.ROSTER_BODY, heading, error, parts);
    }

    private TableView<MappingColumn> mappingTable() {
        TableView<MappingColumn> table = new TableView<>(model.columns());
        table.setId(RosterIds.MAPPING_TABLE);
        table.setAccessibleText(messages.get("ui.roster.mapping.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(340);
        table.setMinHeight(120);
        table.setPlaceholder(new Label(""));
        TableColumn<MappingColumn, String> header = textColumn("ui.roster.mapping.column.header", MappingColumn::header, 260);
        header.setMaxWidth(340);
        TableColumn<MappingColumn, MappingColumn> field = new TableColumn<>(messages.get("ui.roster.mapping.column.field"));
        field.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        field.setCellFactory(column -> new FieldCell());
        field.setPrefWidth(250);
        field.setMinWidth(230);
        field.setMaxWidth(270);
        field.setSortable(false);
        TableColumn<MappingColumn, String> samples = textColumn("ui.roster.mapping.column.samples", MappingColumn::samples, 420);
        table.getColumns().add(header);
        table.getColumns().add(field);
        table.getColumns().add(samples);
        return table;
    }

    private Tab acceptedTab() {
        TableView<PreviewRow> table = new TableView<>(model.accepted());
        table.setId(RosterIds.PREVIEW_TABLE);
        table.setAccessibleText(messages.get("ui.roster.preview.accessible"));
        table.setPlaceholder(new Label(messages.get("ui.roster.preview.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(fixed(textColumn("ui.roster.preview.column.row", row -> String.valueOf(row.rowNumber()), 52)));
        TableColumn<PreviewRow, String> name = fieldColumn(MemberField.FULL_NAME, PreviewRow::fullName, 200);
        name.setMinWidth(190);
        table.getColumns().add(name);
        table.getColumns().add(fixed(fieldColumn(MemberField.GENDER, PreviewRow::gender, 72)));
        table.getColumns().add(fixed(fieldColumn(MemberField.DATE_OF_BIRTH, PreviewRow::dateOfBirth, 94)));
        table.getColumns().add(fieldColumn(MemberField.POSITION, PreviewRow::position, 140));
        table.getColumns().add(fieldColumn(MemberField.SENDING_UNIT, PreviewRow::sendingUnit, 190));
        TableColumn<PreviewRow, String> group = fieldColumn(MemberField.GROUP, PreviewRow::group, 170);
        group.setMinWidth(142);
        table.getColumns().add(group);
        table.getColumns().add(fixed(fieldColumn(MemberField.ROLE, PreviewRow::role, 96)));
        table.getColumns().add(fixed(fieldColumn(MemberField.ID_NUMBER, PreviewRow::idNumber, 116)));
        table.getColumns().add(fixed(fieldColumn(MemberField.PHONE, PreviewRow::phone, 128)));
        Tab tab = new Tab();
        tab.textProperty().bind(model.acceptedTitleProperty());
        tab.setContent(table);
        return tab;
    }

    private Tab rejectedTab() {
        ListView<String> list = lines(model.rejected(), RosterIds.REJECTED_LIST, "ui.roster.rejected.accessible",
                "ui.roster.rejected.placeholder", Styles.ROSTER_REJECTED_ROW);
        Tab tab = new Tab();
        tab.textProperty().bind(model.rejectedTitleProperty());
        tab.setContent(list);
        return tab;
    }

    private Tab noticesTab() {
        ListView<String> list = lines(model.notices(), RosterIds.NOTICE_LIST, "ui.roster.notices.accessible",
                "ui.roster.notices.placeholder", Styles.TEXT);
        Tab tab = new Tab();
        tab.textProperty().bind(model.noticesTitleProperty());
        tab.setContent(list);
        return tab;
    }

    private ListView<String> lines(ObservableList<String> items, String id, String accessibleKey,
            String placeholderKey, String styleClass) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(messages.get(accessibleKey));
        list.setPlaceholder(new Label(messages.get(placeholderKey)));
        list.setCellFactory(view -> new LineCell(view, styleClass));
        return list;
    }

    private void buttons(DialogPane pane, ButtonType confirm, ButtonType cancel) {
        pane.getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        confirmButton.setId(RosterIds.CONFIRM);
        confirmButton.textProperty().bind(model.confirmLabelProperty());
        confirmButton.setAccessibleText(messages.get("ui.roster.confirm.accessible"));
        confirmButton.disableProperty().bind(model.canConfirmProperty().not());
        confirmButton.getStyleClass().add(Styles.PRIMARY_BUTTON);
        // The label grows with the count ("Nhập 12 thành viên"): the button bar would keep the width it gave the first
        // label ("Nhập 0 thành viên") to every button of its uniform size, and cut the longer one.
        ButtonBar.setButtonUniformSize(confirmButton, false);
        confirmButton.textProperty().addListener((observable, old, text) -> {
            confirmButton.setPrefWidth(Button.USE_COMPUTED_SIZE);
            confirmButton.setMinWidth(Button.USE_PREF_SIZE);
        });
        confirmButton.setMinWidth(Button.USE_PREF_SIZE);
        // The view model decides when the dialog closes (after the mapping is remembered).
        confirmButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (model.canConfirmProperty().get()) {
                confirmRequested = true;
                model.confirm();
            }
        });
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.setId(RosterIds.CANCEL);
        cancelButton.setAccessibleText(messages.get("ui.roster.cancel.accessible"));
    }

    private <T> TableColumn<T, String> textColumn(String key, Function<T, String> value, double width) {
        return textColumn(messages.get(key), value, width, true);
    }

    private TableColumn<PreviewRow, String> fieldColumn(MemberField field, Function<PreviewRow, String> value, double width) {
        return textColumn(model.fieldLabel(field), value, width, true);
    }

    private static <T> TableColumn<T, String> textColumn(String title, Function<T, String> value, double width, boolean sortable) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TextCell<>());
        column.setPrefWidth(width);
        column.setSortable(sortable);
        return column;
    }

    /** A column of short values of known width (dates, numbers): never narrower than its values. */
    private static <T> TableColumn<T, String> fixed(TableColumn<T, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth() * 1.15);
        return column;
    }

    /** The field chooser of one column, kept in step with the column's field both ways. */
    private final class FieldCell extends TableCell<MappingColumn, MappingColumn> {
        private final ComboBox<FieldOption> choice = new ComboBox<>();
        private final ChangeListener<MemberField> follow = (observable, old, field) -> select(field);
        private MappingColumn shown;
        private boolean syncing;

        FieldCell() {
            choice.getItems().setAll(model.fieldOptions());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().addListener((observable, old, option) -> {
                if (!syncing && shown != null && option != null) {
                    shown.setField(option.field());
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(MappingColumn column, boolean empty) {
            super.updateItem(column, empty);
            if (shown != null) {
                shown.fieldProperty().removeListener(follow);
            }
            shown = empty ? null : column;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            choice.setId(RosterIds.FIELD_CHOICE_PREFIX + shown.index());
            choice.setAccessibleText(messages.get("ui.roster.mapping.fieldAccessible", shown.header()));
            select(shown.getField());
            shown.fieldProperty().addListener(follow);
            setGraphic(choice);
        }

        private void select(MemberField field) {
            syncing = true;
            try {
                choice.setValue(model.option(field));
            } finally {
                syncing = false;
            }
        }
    }

    /** A table cell whose whole text is also its tooltip, so a value cut by the column width can still be read. */
    private static final class TextCell<T> extends TableCell<T, String> {
        private final Tooltip tip = new Tooltip();

        TextCell() {
            tip.setWrapText(true);
            tip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean blank = empty || text == null || text.isEmpty();
            setText(blank ? null : text);
            tip.setText(blank ? "" : text);
            setTooltip(blank ? null : tip);
        }
    }

    /** One line of a list (a rejected or adjusted row), wrapped to the list's width. */
    private static final class LineCell extends ListCell<String> {
        LineCell(ListView<String> list, String styleClass) {
            setWrapText(true);
            prefWidthProperty().bind(Bindings.subtract(list.widthProperty(), 24));
            getStyleClass().add(styleClass);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }
}
