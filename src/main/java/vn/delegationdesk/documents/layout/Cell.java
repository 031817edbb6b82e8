package vn.delegationdesk.documents.layout;

import java.util.List;

/** A table cell: its paragraphs, how many columns and rows it spans, and whether its background is shaded. */
public record Cell(List<Paragraph> content, int colSpan, int rowSpan, boolean shaded) {
    public Cell {
        content = List.copyOf(content);
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("a cell spans at least one column and one row");
        }
    }

    public static Cell of(String text, Align align) {
        return new Cell(List.of(Paragraph.of(text, align)), 1, 1, false);
    }

    public static Cell of(Paragraph... paragraphs) {
        return new Cell(List.of(paragraphs), 1, 1, false);
    }

    public static Cell bold(String text, Align align) {
        return new Cell(List.of(new Paragraph(List.of(Run.bold(text)), align, 0, false, 0, 0, false)), 1, 1, false);
    }

    public static Cell empty() {
        return new Cell(List.of(), 1, 1, false);
    }

    public Cell spanning(int columns) {
        return new Cell(content, columns, rowSpan, shaded);
    }

    public Cell spanningRows(int rows) {
        return new Cell(content, colSpan, rows, shaded);
    }

    public Cell shade() {
        return new Cell(content, colSpan, rowSpan, true);
    }
}
