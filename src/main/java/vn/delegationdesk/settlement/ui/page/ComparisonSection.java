package vn.delegationdesk.settlement.ui.page;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ui.SettlementRows.ComparisonRow;
import vn.delegationdesk.settlement.ui.SettlementViewModel;


/** "Dự toán – thực hiện": the estimate against actual. */
final class ComparisonSection {
    private final SettlementViewModel model;
    private final Messages messages;
    private final SectionParts parts;

    ComparisonSection(SectionParts parts) {
        this.model = parts.model();
        this.messages = parts.messages();
        this.parts = parts;
    }

    Region comparison() {
        TableView<ComparisonRow> table = parts.table(SettlementIds.COMPARISON, model.comparison(), "ui.settlement.section.comparison");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.col.item", ComparisonRow::label, 420, false),
                parts.column("ui.settlement.col.estimated", ComparisonRow::estimated, 130, true),
                parts.column("ui.settlement.col.actual", ComparisonRow::actual, 130, true),
                parts.column("ui.settlement.col.difference", ComparisonRow::difference, 130, true),
                parts.column("ui.settlement.col.percent", ComparisonRow::percent, 90, true)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(Styles.SETTLEMENT_HEADING, Styles.SETTLEMENT_OVERRUN, Styles.SETTLEMENT_SAVING);
                if (empty || item == null) {
                    return;
                }
                if (item.heading()) {
                    getStyleClass().add(Styles.SETTLEMENT_HEADING);
                }
                switch (item.outcome()) {
                    case OVERRUN -> getStyleClass().add(Styles.SETTLEMENT_OVERRUN);
                    case SAVING -> getStyleClass().add(Styles.SETTLEMENT_SAVING);
                    case EVEN -> { }
                    default -> throw new IllegalStateException(String.valueOf(item.outcome()));
                }
            }
        });
        Label total = Nodes.wrapping("", Styles.ESTIMATE_TOTAL);
        total.setId(SettlementIds.COMPARISON_TOTAL);
        total.textProperty().bind(model.comparisonTotalProperty());
        Label words = Nodes.wrapping("", Styles.ESTIMATE_WORDS);
        words.setId(SettlementIds.COMPARISON_WORDS);
        words.textProperty().bind(model.comparisonWordsProperty());
        VBox box = new VBox(table, total, words);
        box.getStyleClass().add(Styles.SETTLEMENT_FORM);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
