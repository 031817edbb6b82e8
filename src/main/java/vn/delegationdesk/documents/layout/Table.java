package vn.delegationdesk.documents.layout;

import java.util.List;

/**
 * A table across the text column. {@code columnWidths} are relative; {@code headerRows} repeat at the top of
 * every page the table runs onto; {@code borders} false gives an invisible layout grid (the two-column
 * header, signature rows, form lines); {@code fontSize} 0 means the page's body size. A row is a list of
 * cells whose spans fill the columns. {@code keepWithNext} keeps the table's last rows on the page of the block
 * after it, as the closing of a list or an estimate must never stand on a page of its own.
 */
public record Table(List<Float> columnWidths, List<List<Cell>> headerRows, List<List<Cell>> rows, boolean borders,
        float fontSize, boolean keepWithNext) implements Block {
    public Table {
        columnWidths = List.copyOf(columnWidths);
        headerRows = headerRows.stream().map(List::copyOf).toList();
        rows = rows.stream().map(List::copyOf).toList();
    }

    public Table(List<Float> columnWidths, List<List<Cell>> headerRows, List<List<Cell>> rows, boolean borders, float fontSize) {
        this(columnWidths, headerRows, rows, borders, fontSize, false);
    }

    /** The same table, its last rows kept with the block that follows it. */
    public Table keptWithNext() {
        return new Table(columnWidths, headerRows, rows, borders, fontSize, true);
    }
}
