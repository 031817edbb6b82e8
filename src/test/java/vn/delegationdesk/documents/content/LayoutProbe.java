package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.delegationdesk.documents.layout.Cell;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.PrintedDocument;
import vn.delegationdesk.documents.layout.Table;

/** Reads a laid-out document the way the tests need: its tables, a cell's text, its paragraphs' texts. */
final class LayoutProbe {
    private LayoutProbe() {
    }

    static List<Table> tables(PrintedDocument document) {
        return document.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    /** The one bordered table of a document. */
    static Table borderedTable(PrintedDocument document) {
        List<Table> bordered = tables(document).stream().filter(Table::borders).toList();
        assertThat(bordered).hasSize(1);
        return bordered.get(0);
    }

    static List<String> paragraphs(PrintedDocument document) {
        return document.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    static String text(Cell cell) {
        return cell.content().stream().map(Paragraph::text).collect(Collectors.joining("\n"));
    }

    static List<String> texts(List<Cell> row) {
        return row.stream().map(LayoutProbe::text).toList();
    }

    /**
     * Checks that every row's cells, with the columns that cells spanning rows from above still take, fill the
     * table's columns exactly: what a writer needs to lay the grid out.
     */
    static void assertRowsFillColumns(Table table) {
        int columns = table.columnWidths().size();
        List<List<Cell>> all = new ArrayList<>(table.headerRows());
        all.addAll(table.rows());
        int[] busyUntil = new int[columns];
        for (int r = 0; r < all.size(); r++) {
            int column = 0;
            for (Cell cell : all.get(r)) {
                while (column < columns && busyUntil[column] > r) {
                    column++;
                }
                assertThat(column + cell.colSpan()).as("row %d overflows", r).isLessThanOrEqualTo(columns);
                for (int c = column; c < column + cell.colSpan(); c++) {
                    busyUntil[c] = r + cell.rowSpan();
                }
                column += cell.colSpan();
            }
            while (column < columns && busyUntil[column] > r) {
                column++;
            }
            assertThat(column).as("row %d: %s", r, texts(all.get(r))).isEqualTo(columns);
        }
    }
}
