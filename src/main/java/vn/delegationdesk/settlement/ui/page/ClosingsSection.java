package vn.delegationdesk.settlement.ui.page;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ui.BooksState;
import vn.delegationdesk.settlement.ui.SettlementRows.ClosingRow;

/** "Các lần khóa sổ": each closing of the books with its frozen figures, kept readable after a reopening. */
final class ClosingsSection {
    private final SectionParts parts;

    ClosingsSection(SectionParts parts) {
        this.parts = parts;
    }

    Region closings() {
        BooksState books = parts.model().books();
        TableView<ClosingRow> table = parts.table(SettlementIds.CLOSINGS, books.closings(), "ui.settlement.section.closings");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.closings.col.number", ClosingRow::number, 70, false),
                parts.column("ui.settlement.closings.col.closed", ClosingRow::closed, 190, false),
                parts.column("ui.settlement.closings.col.reopened", ClosingRow::reopened, 190, false),
                parts.column("ui.settlement.col.total", ClosingRow::total, 120, true),
                parts.column("ui.settlement.col.advanced", ClosingRow::advanced, 120, true),
                parts.column("ui.settlement.col.toReturn", ClosingRow::toReturn, 120, true),
                parts.column("ui.settlement.col.toReceive", ClosingRow::toReceive, 120, true),
                parts.column("ui.settlement.closings.col.paid", ClosingRow::paid, 130, true)));
        VBox box = new VBox(Nodes.wrapping(parts.messages().get("ui.settlement.closings.explain"), Styles.TEXT), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
