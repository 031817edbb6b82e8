package vn.delegationdesk.settlement.ui.page;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ui.SettlementRows.SheetRow;
import vn.delegationdesk.settlement.ui.SettlementViewModel;


/** "Bảng thanh toán": the Bảng kê as computed, with what to check and what is not reimbursed. */
final class SheetSection {
    private final SettlementViewModel model;
    private final Messages messages;
    private final SectionParts parts;

    SheetSection(SectionParts parts) {
        this.model = parts.model();
        this.messages = parts.messages();
        this.parts = parts;
    }

    Region sheet() {
        TableView<SheetRow> table = parts.table(SettlementIds.SHEET, model.sheet(), "ui.settlement.section.sheet");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.col.name", SheetRow::name, 230, false),
                parts.column("ui.settlement.col.days", SheetRow::days, 60, true),
                parts.column("ui.settlement.col.tickets", SheetRow::tickets, 100, true),
                parts.column("ui.settlement.col.vehicles", SheetRow::vehicles, 100, true),
                parts.column("ui.settlement.col.perDiem", SheetRow::perDiem, 110, true),
                parts.column("ui.settlement.col.lodging", SheetRow::lodging, 100, true),
                parts.column("ui.settlement.col.total", SheetRow::total, 110, true),
                parts.column("ui.settlement.col.advanced", SheetRow::advanced, 110, true),
                parts.column("ui.settlement.col.toReturn", SheetRow::toReturn, 110, true),
                parts.column("ui.settlement.col.toReceive", SheetRow::toReceive, 110, true)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(SheetRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(Styles.SETTLEMENT_HEADING);
                if (!empty && item != null && item.totals()) {
                    getStyleClass().add(Styles.SETTLEMENT_HEADING);
                }
            }
        });
        Label words = Nodes.wrapping("", Styles.ESTIMATE_WORDS);
        words.setId(SettlementIds.SHEET_WORDS);
        words.textProperty().bind(model.sheetWordsProperty());
        // The "Cộng" row is the table's last; its figures stay in view under it however long the list.
        Label totals = Nodes.label("", Styles.ESTIMATE_TOTAL);
        totals.setId(SettlementIds.SHEET_TOTALS);
        totals.textProperty().bind(Bindings.createStringBinding(() -> model.sheet().isEmpty() ? "" : totalsText(
                model.sheet().get(model.sheet().size() - 1)), model.sheet()));
        HBox sum = Nodes.hbox(Styles.BUTTON_ROW, totals, Nodes.hspacer(), words);
        HBox notes = new HBox(list(SettlementIds.WARNINGS, model.warnings(), "ui.settlement.warnings"),
                list(SettlementIds.DISALLOWED, model.disallowed(), "ui.settlement.disallowedTitle"));
        notes.getStyleClass().add(Styles.BUTTON_ROW);
        VBox box = new VBox(table, sum, notes);
        box.getStyleClass().add(Styles.SETTLEMENT_FORM);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private String totalsText(SheetRow totals) {
        return messages.get("ui.settlement.sheet.summary", totals.total(), totals.advanced(), totals.toReturn(), totals.toReceive());
    }

    private Node list(String id, ObservableList<String> items, String titleKey) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(80);
        list.setCellFactory(view -> new ListCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add(Styles.WRAP_TEXT);
                text.wrappingWidthProperty().bind(view.widthProperty().subtract(36));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
            }
        });
        list.setAccessibleText(messages.get(titleKey, items.size()));
        Label title = Nodes.label("", Styles.FIELD_LABEL);
        title.textProperty().bind(Bindings.createStringBinding(() -> messages.get(titleKey, items.size()), items));
        VBox box = new VBox(title, list);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
