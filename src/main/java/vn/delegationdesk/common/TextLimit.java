package vn.delegationdesk.common;

/**
 * What one text field may hold: at most {@code maxLength} UTF-16 units (the width of its store column, so that the
 * store never refuses or cuts what the validator let through) and, when {@code multiLine}, tab and line breaks.
 * {@code table} and {@code column} name the store column it fills; a field kept inside a JSON document names that
 * document's column and a field of its own after a slash ({@code "document_settings", "content/decisionProposer"}),
 * and is then not compared with a column width.
 */
public record TextLimit(String table, String column, int maxLength, boolean multiLine) {
    public TextLimit {
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
    }

    /** A field of one line: no tab, no line break. */
    public static TextLimit line(String table, String column, int maxLength) {
        return new TextLimit(table, column, maxLength, false);
    }

    /** A field that may hold several lines and tabs. */
    public static TextLimit lines(String table, String column, int maxLength) {
        return new TextLimit(table, column, maxLength, true);
    }

    /** True when the limit is a store column's own width (not a field inside a JSON document). */
    public boolean isColumn() {
        return !column.contains("/");
    }
}
