package vn.delegationdesk.budget.rates.ui;


import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TextCells;
import vn.delegationdesk.platform.ui.Theme;

/**
 * The preview of an import: the heading, one row per change (what, as stored, as in the file), "Thay thế" or "Thêm
 * mới" and "Hủy". "Hủy" is the default button, so Enter never replaces a set by accident. Only shows an
 * {@link ImportPreview}.
 */
public final class RateSetImportDialog extends Dialog<ButtonType> {
    private final ButtonType confirm;

    public RateSetImportDialog(Window owner, ImportPreview preview, Messages messages) {
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.WINDOW_MODAL);
        setTitle(preview.title());
        setResizable(true);
        DialogPane pane = getDialogPane();
        pane.setId(RateSetIds.RATE_SET_IMPORT_DIALOG);
        pane.getStylesheets().add(Theme.stylesheetUrl());
        pane.getStyleClass().add(Styles.ROOT);
        pane.setPrefSize(980, 520);

        Label heading = Nodes.wrapping(preview.heading(), Styles.TEXT);
        TableView<ImportPreview.Row> changes = new TableView<>(FXCollections.observableArrayList(preview.rows()));
        changes.setId(RateSetIds.RATE_SET_IMPORT_CHANGES);
        changes.setAccessibleText(messages.get("ui.rateSets.import.table.accessible"));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.getColumns().setAll(List.of(
                column(messages.get("ui.rateSets.import.column.item"), ImportPreview.Row::item, 280),
                column(messages.get("ui.rateSets.import.column.before"), ImportPreview.Row::before, 320),
                column(messages.get("ui.rateSets.import.column.after"), ImportPreview.Row::after, 320)));
        VBox body = new VBox(heading, changes);
        body.getStyleClass().add(Styles.EDITOR_PANE);
        VBox.setVgrow(changes, Priority.ALWAYS);
        pane.setContent(body);

        confirm = new ButtonType(preview.confirmText(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) pane.lookupButton(confirm);
        Buttons.configure(confirmButton, RateSetIds.RATE_SET_IMPORT_CONFIRM, preview.confirmText(), preview.heading());
        confirmButton.setDefaultButton(false);
        Button cancelButton = (Button) pane.lookupButton(cancel);
        Buttons.configure(cancelButton, RateSetIds.RATE_SET_IMPORT_CANCEL, messages.get("ui.dialog.cancel"),
                messages.get("ui.dialog.cancel"));
        cancelButton.setDefaultButton(true);
    }

    /** Shows the preview and waits; true only when the user chose "Thay thế" or "Thêm mới". */
    public boolean confirmed() {
        return showAndWait().filter(confirm::equals).isPresent();
    }

    private static TableColumn<ImportPreview.Row, String> column(String title, Function<ImportPreview.Row, String> value,
            double width) {
        TableColumn<ImportPreview.Row, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(TextCells.wrapping());
        return column;
    }
}
