package vn.delegationdesk.delegation.list;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/**
 * The table of delegations. Selecting a row opens it (the view model loads it); Enter or a double click
 * also asks the window to move to the detail.
 */
public final class DelegationListView extends StackPane {
    private final DelegationListViewModel model;
    private final Messages messages;
    private final TableView<DelegationRowItem> table = new TableView<>();
    private final Label placeholder;
    private Runnable onOpenRequested = () -> { };

    public DelegationListView(DelegationListViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.placeholder = Nodes.wrapping(messages.get("ui.list.placeholder.empty"), Styles.PLACEHOLDER);
        createParts();
        layoutParts();
        bind();
        wire();
    }

    public TableView<DelegationRowItem> table() {
        return table;
    }

    /** Called on Enter or double click on a row. */
    public void setOnOpenRequested(Runnable action) {
        this.onOpenRequested = action;
    }

    private void createParts() {
        table.setId(DelegationIds.TABLE);
        table.setAccessibleText(messages.get("ui.list.accessible"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(placeholder);

        TableColumn<DelegationRowItem, String> title = column("ui.list.column.title", DelegationRowItem::title);
        title.setCellFactory(TextCells.clamped());
        title.setPrefWidth(560);
        title.setMinWidth(240);
        TableColumn<DelegationRowItem, Object> dates = column("ui.list.column.dates", DelegationRowItem::dates);
        dates.setPrefWidth(190);
        dates.setMinWidth(170);
        TableColumn<DelegationRowItem, String> places = column("ui.list.column.places", DelegationRowItem::places);
        places.setCellFactory(TextCells.wrapping());
        places.setPrefWidth(250);
        places.setMinWidth(140);
        TableColumn<DelegationRowItem, Object> members = column("ui.list.column.members", DelegationRowItem::members);
        members.setPrefWidth(95);
        members.setMinWidth(90);
        members.setMaxWidth(120);
        TableColumn<DelegationRowItem, String> status = column("ui.list.column.status", DelegationRowItem::status);
        status.setPrefWidth(150);
        status.setMinWidth(110);
        status.setMaxWidth(200);
        table.getColumns().setAll(List.of(title, dates, places, members, status));
    }

    private <T> TableColumn<DelegationRowItem, T> column(String key, Function<DelegationRowItem, ? extends T> value) {
        TableColumn<DelegationRowItem, T> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private void layoutParts() {
        getChildren().add(table);
    }

    private void bind() {
        SortedList<DelegationRowItem> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        model.noMatchesProperty().addListener((observable, old, none) -> updatePlaceholder());
        model.searchTextProperty().addListener((observable, old, text) -> updatePlaceholder());
        // Choosing a row may ask about unsaved changes and then put the selection back. That must not happen while the
        // table is still handling the click or key that changed it: the table would select the clicked row again, ask a
        // second time and end up highlighting a row other than the one open. So the choice is taken right after.
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> Platform.runLater(this::takeChoice));
        model.selectedRowProperty().addListener((observable, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (!row.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        });
    }

    /** Passes the table's selected row, as it is now, to the view model. */
    private void takeChoice() {
        DelegationRowItem row = table.getSelectionModel().getSelectedItem();
        if (row != null || !model.rows().contains(model.selectedRowProperty().get())) {
            model.selectedRowProperty().set(row);
        }
    }

    private void wire() {
        table.setRowFactory(view -> {
            TableRow<DelegationRowItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    onOpenRequested.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpenRequested.run();
                event.consume();
            }
        });
    }

    private void updatePlaceholder() {
        placeholder.setText(model.noMatchesProperty().get()
                ? model.noMatchesText()
                : messages.get("ui.list.placeholder.empty"));
    }
}
