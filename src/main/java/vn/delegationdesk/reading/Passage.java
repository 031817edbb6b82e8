package vn.delegationdesk.reading;

import java.util.Objects;

/**
 * One passage of a source document as read, before anything is recognised: a paragraph (or a line of plain text) or a
 * table cell, in reading order. {@code index} is its place in the document (0, 1, 2 …), by which the review screen
 * highlights what was taken from it and lists what was not understood.
 *
 * @param bold whether the whole passage is bold (a heading in a .docx); false for plain text
 * @param tableRow the row of the table cell the passage is, or -1 for a paragraph
 * @param tableColumn the column of that cell, or -1
 */
public record Passage(int index, String text, boolean bold, int tableRow, int tableColumn) {
    public Passage {
        Objects.requireNonNull(text, "text");
    }

    /** A paragraph or a line of plain text. */
    public static Passage paragraph(int index, String text, boolean bold) {
        return new Passage(index, text, bold, -1, -1);
    }

    public boolean inTable() {
        return tableRow >= 0;
    }
}
