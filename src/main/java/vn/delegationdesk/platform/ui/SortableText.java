package vn.delegationdesk.platform.ui;

import java.util.Objects;

/**
 * A table cell value shown as {@code text} but sorted by {@code sortKey}: dates shown as "14/10/2025"
 * sort by their ISO form, numbers by their value.
 */
public record SortableText(String text, String sortKey) implements Comparable<SortableText> {
    public SortableText {
        text = Objects.requireNonNullElse(text, "");
        sortKey = Objects.requireNonNullElse(sortKey, "");
    }

    public static SortableText of(String text) {
        return new SortableText(text, text);
    }

    /** A whole number, sorted by value (zero-padded key). */
    public static SortableText number(int value) {
        return new SortableText(Integer.toString(value), String.format("%012d", value));
    }

    @Override
    public int compareTo(SortableText other) {
        int byKey = sortKey.compareTo(other.sortKey);
        return byKey != 0 ? byKey : text.compareTo(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
