package vn.delegationdesk.documents.layout;

import java.util.List;

/**
 * A table across the text column. {@code columnWidths} are relative; {@code headerRows} repeat at the top of
 * every page the table runs onto; {@code borders} false gives an invisible layout grid (the two-column
 * header, signature rows, form lines); {@code fontSize} 0 means the page's body size. A row is a list of
 * cells whose spans fill the columns.
 */
public record Table(List<Float> columnWidths, List<List<Cell>> headerRows, List<List<Cell>> rows, boolean borders,
        float fontSize) implements Block {
    public Table {
        columnWidths = List.copyOf(columnWidths);
        headerRows = headerRows.stream().map(List::copyOf).toList();
        rows = rows.stream().map(List::copyOf).toList();
    }
}
