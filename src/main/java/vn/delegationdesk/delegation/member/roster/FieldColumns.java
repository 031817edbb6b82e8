package vn.delegationdesk.delegation.member.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which field each column of a sheet fills, for any list read through {@link WorkbookReader}; a column without a field is
 * ignored. A field is filled by at most one column: when two columns name one field the lower column keeps it.
 * Immutable: {@link #with} returns a new mapping. The member list's {@link ColumnMapping} is one.
 *
 * @param <F> the fields a column can fill
 */
public final class FieldColumns<F extends Enum<F>> {
    private final Class<F> type;
    private final Map<Integer, F> byColumn;
    private final Map<F, Integer> byField;

    private FieldColumns(Class<F> type, Map<Integer, F> chosen) {
        this.type = type;
        TreeMap<Integer, F> columns = new TreeMap<>();
        Map<F, Integer> fields = new EnumMap<>(type);
        new TreeMap<>(chosen).forEach((column, field) -> {
            if (field != null && !fields.containsKey(field)) {
                columns.put(column, field);
                fields.put(field, column);
            }
        });
        this.byColumn = Collections.unmodifiableMap(columns);
        this.byField = Collections.unmodifiableMap(fields);
    }

    /** A mapping of the given columns (0-based) to their fields. */
    public static <F extends Enum<F>> FieldColumns<F> of(Class<F> type, Map<Integer, F> byColumn) {
        return new FieldColumns<>(type, byColumn);
    }

    /** The mapping a matcher finds in a sheet's headers: each header's field by its title, the leftmost column first. */
    public static <F extends Enum<F>> FieldColumns<F> guess(Class<F> type, List<String> headers,
            TitleMatcher<F> titles) {
        Map<Integer, F> chosen = new TreeMap<>();
        Set<F> taken = EnumSet.noneOf(type);
        for (int column = 0; column < headers.size(); column++) {
            int at = column;
            titles.field(headers.get(column)).filter(taken::add).ifPresent(field -> chosen.put(at, field));
        }
        return of(type, chosen);
    }

    /** The field of {@code column}, or null when the column is ignored. */
    public F field(int column) {
        return byColumn.get(column);
    }

    /** The column that fills {@code field}, if any. */
    public OptionalInt column(F field) {
        Integer column = byField.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    public boolean isMapped(F field) {
        return byField.containsKey(field);
    }

    /** This mapping with {@code column} set to {@code field} (null: ignore); another column holding it lets go. */
    public FieldColumns<F> with(int column, F field) {
        TreeMap<Integer, F> next = new TreeMap<>(byColumn);
        if (field != null) {
            next.values().removeIf(field::equals);
            next.put(column, field);
        } else {
            next.remove(column);
        }
        return new FieldColumns<>(type, next);
    }

    /** Mapped columns to their fields, in column order. */
    public Map<Integer, F> asMap() {
        return byColumn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldColumns<?> mapping && mapping.byColumn.equals(byColumn);
    }

    @Override
    public int hashCode() {
        return byColumn.hashCode();
    }

    @Override
    public String toString() {
        return byColumn.toString();
    }
}
