package vn.delegationdesk.settlement.ui.page;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ui.VoucherFilesEditor.FileRow;
import vn.delegationdesk.settlement.ui.VoucherFilesEditor;

/**
 * The files of the selected voucher under its form ("Đính kèm tệp…", "Lưu tệp ra…", "Gỡ tệp", each greyed with its
 * reason), and "Tệp không còn chứng từ" under the cost lines, shown only while there are such files.
 */
final class VoucherFilesPane {
    private final VoucherFilesEditor files;
    private final Messages messages;
    private final SectionParts parts;

    VoucherFilesPane(SectionParts parts) {
        this.files = parts.model().voucherFiles();
        this.messages = parts.messages();
        this.parts = parts;
    }

    /** The selected voucher's files with their buttons. */
    Region voucherFiles() {
        TableView<FileRow> table = table(SettlementIds.FILES, files.files(), "ui.settlement.files.title");
        table.setPlaceholder(Nodes.label(messages.get("ui.settlement.files.empty"), Styles.MUTED));
        table.getColumns().setAll(List.of(parts.column("ui.settlement.files.col.name", FileRow::fileName, 170, false),
                parts.column("ui.settlement.files.col.size", FileRow::size, 80, true),
                parts.column("ui.settlement.files.col.attached", FileRow::attached, 150, false)));
        Button attach = Buttons.action(SettlementIds.FILE_ATTACH, messages.get("ui.settlement.files.attach"),
                messages.get("ui.settlement.files.attach.accessible"), files::attach);
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, Nodes.label(messages.get("ui.settlement.files.title"), Styles.SECTION_TITLE),
                Nodes.hspacer(), Buttons.unavailableWhile(attach, files.attachUnavailableProperty()),
                saveButton(SettlementIds.FILE_SAVE, table), removeButton(SettlementIds.FILE_REMOVE, table));
        return new VBox(buttons, table);
    }

    /** "Tệp không còn chứng từ (2)" with its files, hidden while there is none. */
    Region orphans() {
        TableView<FileRow> table = table(SettlementIds.ORPHANS, files.orphans(), "ui.settlement.files.orphans");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.files.col.name", FileRow::fileName, 170, false),
                parts.column("ui.settlement.files.col.voucher", FileRow::voucher, 250, false),
                parts.column("ui.settlement.files.col.size", FileRow::size, 80, true),
                parts.column("ui.settlement.files.col.attached", FileRow::attached, 150, false)));
        Label title = Nodes.label("", Styles.FIELD_ERROR);
        title.textProperty().bind(Bindings.createStringBinding(() -> messages.get("ui.settlement.files.orphans",
                files.orphans().size()), files.orphans()));
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW, title, Nodes.hspacer(), saveButton(SettlementIds.ORPHAN_SAVE, table),
                removeButton(SettlementIds.ORPHAN_REMOVE, table));
        VBox box = new VBox(buttons, table);
        box.visibleProperty().bind(Bindings.isNotEmpty(files.orphans()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private TableView<FileRow> table(String id, ObservableList<FileRow> rows, String accessibleKey) {
        TableView<FileRow> table = parts.table(id, rows, accessibleKey);
        table.setPrefHeight(84);
        table.setMinHeight(60);
        // Either list chooses the file the buttons act on; choosing in one lets go of the other.
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                files.selectedFileProperty().set(row);
            }
        });
        files.selectedFileProperty().addListener((observable, old, row) -> {
            if (row == null || !table.getItems().contains(row)) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private Region saveButton(String id, TableView<FileRow> table) {
        Button save = Buttons.action(id, messages.get("ui.settlement.files.save"), messages.get("ui.settlement.files.save.accessible"),
                files::saveOut);
        return Buttons.unavailableWhile(save, chosenIn(table, null));
    }

    private Region removeButton(String id, TableView<FileRow> table) {
        Button remove = Buttons.action(id, messages.get("ui.settlement.files.remove"),
                messages.get("ui.settlement.files.remove.accessible"), files::remove);
        return Buttons.unavailableWhile(remove, chosenIn(table, files.removeUnavailableProperty()));
    }

    /** "Hãy chọn một tệp" while no file of {@code table} is chosen, else what {@code reason} says (nothing when null). */
    private StringBinding chosenIn(TableView<FileRow> table, ObservableStringValue reason) {
        return Bindings.createStringBinding(() -> {
            FileRow row = files.selectedFileProperty().get();
            if (row == null || !table.getItems().contains(row)) {
                return messages.get("ui.settlement.files.unavailable.noFile");
            }
            return reason == null ? "" : reason.get();
        }, reason == null ? new Observable[] {files.selectedFileProperty(), table.getItems()}
                : new Observable[] {files.selectedFileProperty(), table.getItems(), reason});
    }
}
