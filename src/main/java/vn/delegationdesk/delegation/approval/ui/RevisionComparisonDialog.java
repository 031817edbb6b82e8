package vn.delegationdesk.delegation.approval.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.delegationdesk.delegation.approval.ui.RevisionComparisonViewModel.Row;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;
import vn.delegationdesk.platform.ui.Theme;

/**
 * Shows a {@link RevisionComparisonViewModel}: the summary, then a table of three columns (Nội dung | Bản n | Bản m or
 * Hiện tại), the plan's differences under "Kế hoạch" and the estimate under "Dự toán kinh phí"; "Đóng". Only lays out.
 */
final class RevisionComparisonDialog {
    private RevisionComparisonDialog() {
    }

    /** Shows the dialog without waiting; {@code onClosed} runs when it is closed. */
    static Dialog<ButtonType> show(Window owner, Messages messages, RevisionComparisonViewModel model, Runnable onClosed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        ButtonType close = new ButtonType(messages.get("ui.revisions.compare.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().getStylesheets().add(Theme.stylesheetUrl());
        dialog.getDialogPane().getStyleClass().addAll(Styles.ROOT, Styles.DIALOG, Styles.COMPARISON_DIALOG);
        dialog.getDialogPane().setId(ApprovalIds.COMPARISON_DIALOG);

        Label summary = Nodes.wrapping(model.summary(), Styles.TEXT);
        summary.setId(ApprovalIds.COMPARISON_SUMMARY);
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(model.rows()));
        table.setId(ApprovalIds.COMPARISON_TABLE);
        table.setAccessibleText(model.title());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(model.whatHeading(), Row::what, 300));
        table.getColumns().add(column(model.leftHeading(), Row::left, 270));
        table.getColumns().add(column(model.rightHeading(), Row::right, 270));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(Styles.COMPARISON_HEADING);
                if (!empty && row != null && row.heading()) {
                    getStyleClass().add(Styles.COMPARISON_HEADING);
                }
            }
        });
        // As tall as its rows (a changed name or position may take two lines), within a small window.
        table.setPrefHeight(Math.min(460, 44 + 36 * model.rows().size()));
        VBox content = new VBox(8, summary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.setOnHidden(event -> onClosed.run());
        dialog.show();
        return dialog;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(TextCells.wrapping());
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        return column;
    }
}
