package vn.delegationdesk.delegation.list;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;

/**
 * "Việc sắp đến hạn": a heading with the count badge and a reload button over a table of every open
 * responsibility due in the next 14 days or overdue, the overdue ones first and in red. Enter or a
 * double-click opens the item's delegation (through the view model's callback).
 */
public final class DueSoonView extends VBox {
    private final DueSoonViewModel model;
    private final Messages messages;
    private final TableView<DueSoonRow> table = new TableView<>();
    private final Label badge = Nodes.label("", Styles.COUNT_BADGE);
    private final Label placeholder = Nodes.label("", Styles.PLACEHOLDER);
    private final Button reload = new Button();
    private final ProgressIndicator busy = new ProgressIndicator();

    public DueSoonView(DueSoonViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        createParts();
        layoutParts();
        bind();
        wire();
    }

    public TableView<DueSoonRow> table() {
        return table;
    }

    private void createParts() {
        setId(DelegationIds.DUE_SOON_VIEW);
        getStyleClass().add(Styles.DUE_SOON);
        badge.setId(DelegationIds.DUE_SOON_COUNT);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        reload.setId(DelegationIds.DUE_SOON_RELOAD);
        reload.setText(messages.get("ui.due.reload"));
        reload.setAccessibleText(messages.get("ui.due.reload.accessible"));
        reload.setTooltip(new Tooltip(messages.get("ui.due.reload.accessible")));
        reload.setMinWidth(Region.USE_PREF_SIZE);
        busy.getStyleClass().add(Styles.BUSY_INDICATOR);
        placeholder.setWrapText(true);

        table.setId(DelegationIds.DUE_SOON_TABLE);
        table.setAccessibleText(messages.get("ui.due.accessible"));
        table.setTooltip(new Tooltip(messages.get("ui.due.tooltip")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(model.rows());
        table.getColumns().add(column("ui.due.column.due", DueSoonRow::date, 168, 162, false));
        // Wide enough for "quá hạn 1234 ngày" in bold: the delay is what the list is read for.
        TableColumn<DueSoonRow, String> remaining = column("ui.due.column.remaining", DueSoonRow::remaining, 168, 164, false);
        remaining.getStyleClass().add(Styles.DUE_REMAINING);
        table.getColumns().add(remaining);
        table.getColumns().add(column("ui.due.column.unit", DueSoonRow::unit, 210, 140, true));
        table.getColumns().add(column("ui.due.column.role", DueSoonRow::role, 80, 76, false));
        table.getColumns().add(column("ui.due.column.duty", DueSoonRow::firstDuty, 330, 160, true));
        table.getColumns().add(column("ui.due.column.delegation", DueSoonRow::delegationTitle, 300, 160, true));
        table.getColumns().add(column("ui.due.column.status", DueSoonRow::status, 124, 120, false));
    }

    /** The list is in the order that matters (most pressing first), so no column sorts. */
    private TableColumn<DueSoonRow, String> column(String key, Function<DueSoonRow, String> value, double width,
            double minWidth, boolean clamped) {
        TableColumn<DueSoonRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        if (clamped) {
            column.setCellFactory(TextCells.clamped());
        }
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    private void layoutParts() {
        VBox titles = new VBox(Nodes.label(messages.get("ui.due.title"), Styles.SECTION_TITLE),
                Nodes.label(messages.get("ui.due.subtitle", DueSoonViewModel.DAYS), Styles.MUTED));
        HBox header = Nodes.hbox(Styles.EDITOR_HEADER, titles, badge, Nodes.hspacer(), busy, reload);
        header.getStyleClass().add(Styles.DUTY_TOOLBAR);
        setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    private void bind() {
        badge.textProperty().bind(model.countTextProperty());
        badge.visibleProperty().bind(model.countTextProperty().isNotEmpty());
        model.overdueCountProperty().addListener((observable, old, overdue) -> alertBadge(overdue.intValue() > 0));
        alertBadge(model.overdueCountProperty().get() > 0);
        placeholder.textProperty().bind(model.placeholderProperty());
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        reload.disableProperty().bind(model.busyProperty());
    }

    private void alertBadge(boolean overdue) {
        badge.getStyleClass().remove(Styles.COUNT_BADGE_ALERT);
        if (overdue) {
            badge.getStyleClass().add(Styles.COUNT_BADGE_ALERT);
        }
    }

    private void wire() {
        reload.setOnAction(event -> model.reload());
        table.setRowFactory(view -> new DueRow());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    /** Overdue rows red, today's amber; a double-click opens the delegation. */
    private final class DueRow extends TableRow<DueSoonRow> {
        DueRow() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !isEmpty()) {
                    model.open(getItem());
                }
            });
        }

        @Override
        protected void updateItem(DueSoonRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.DUE_OVERDUE, Styles.DUE_TODAY);
            if (empty || item == null) {
                setAccessibleText(null);
                return;
            }
            setAccessibleText(item.accessibleText());
            if (item.urgency() == DueSoonRow.Urgency.OVERDUE) {
                getStyleClass().add(Styles.DUE_OVERDUE);
            } else if (item.urgency() == DueSoonRow.Urgency.TODAY) {
                getStyleClass().add(Styles.DUE_TODAY);
            }
        }
    }
}
