package vn.delegationdesk.delegation.member.roster;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which member field each column of a sheet fills; a column without a field is ignored. A field is filled by at
 * most one column. Immutable: {@link #with} returns a new mapping.
 */
public final class ColumnMapping {
    private final FieldColumns<MemberField> columns;

    private ColumnMapping(FieldColumns<MemberField> columns) {
        this.columns = columns;
    }

    /** A mapping of the given columns; when two columns name one field the lower column keeps it. */
    public static ColumnMapping of(Map<Integer, MemberField> byColumn) {
        return new ColumnMapping(FieldColumns.of(MemberField.class, byColumn));
    }

    /**
     * The likely mapping of a sheet's headers. A header the user has mapped before ({@code remembered}, found by
     * its text) gets that choice, "ignore" included; any other header is matched against the usual Vietnamese
     * titles ({@link HeaderNames}). Remembered choices are placed first, so they win over a title match of the
     * same field in another column; otherwise the leftmost column wins.
     */
    public static ColumnMapping guess(List<String> headers, RememberedMapping remembered) {
        Map<Integer, MemberField> chosen = new LinkedHashMap<>();
        Set<MemberField> taken = EnumSet.noneOf(MemberField.class);
        boolean[] decided = new boolean[headers.size()];
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            if (remembered.contains(header)) {
                decided[column] = true;
                MemberField field = remembered.field(header);
                if (field != null && taken.add(field)) {
                    chosen.put(column, field);
                }
            }
        }
        for (int column = 0; column < headers.size(); column++) {
            if (decided[column]) {
                continue;
            }
            int at = column;
            HeaderNames.field(headers.get(column)).filter(taken::add).ifPresent(field -> chosen.put(at, field));
        }
        return of(chosen);
    }

    /** The field of {@code column}, or null when the column is ignored. */
    public MemberField field(int column) {
        return columns.field(column);
    }

    /** The column that fills {@code field}, if any. */
    public OptionalInt column(MemberField field) {
        return columns.column(field);
    }

    public boolean isMapped(MemberField field) {
        return columns.isMapped(field);
    }

    /** This mapping with {@code column} set to {@code field} (null: ignore); another column holding it lets go. */
    public ColumnMapping with(int column, MemberField field) {
        return new ColumnMapping(columns.with(column, field));
    }

    /** Mapped columns to their fields, in column order. */
    public Map<Integer, MemberField> asMap() {
        return columns.asMap();
    }

    /** The choices of this mapping by header text, "ignore" (null) included, for {@link RememberedMapping}. */
    public RememberedMapping remember(List<String> headers) {
        Map<String, MemberField> choices = new LinkedHashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            String key = HeaderNames.key(headers.get(column));
            if (!key.isEmpty() && !(choices.containsKey(key) && choices.get(key) != null)) {
                choices.put(key, field(column));
            }
        }
        return RememberedMapping.of(choices);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
