package vn.delegationdesk.platform.db;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The statements whose SQL differs between the two stores. Everything else the repositories run is plain SQL both
 * understand; a new difference gets a method here, so the repositories keep one code path.
 */
public enum SqlDialect {
    /** The embedded H2 file. */
    H2,
    /** A PostgreSQL server, 14 or newer. */
    POSTGRESQL;

    /**
     * The names to give {@code Connection.prepareStatement(sql, names)} for the generated value of {@code column}: H2
     * wants the name as it stores it (upper case), the PostgreSQL driver puts it into a RETURNING clause as written, and
     * PostgreSQL stores it in lower case.
     */
    public String[] generatedKey(String column) {
        return new String[] {this == H2 ? column.toUpperCase(Locale.ROOT) : column.toLowerCase(Locale.ROOT)};
    }

    /**
     * Inserts a row or replaces the one with the same {@code key}: H2's {@code MERGE ... KEY}, PostgreSQL's
     * {@code INSERT ... ON CONFLICT ... DO UPDATE} (PostgreSQL 14 has no MERGE, and H2 knows ON CONFLICT only in its
     * PostgreSQL mode). {@code values} are the SQL of each column's value, {@code ?} for a parameter, in the order of
     * {@code columns}; {@code key} must be the table's primary key or another unique constraint.
     */
    public String upsert(String table, String key, List<String> columns, List<String> values) {
        if (columns.size() != values.size() || !columns.contains(key)) {
            throw new IllegalArgumentException("columns " + columns + ", values " + values + ", key " + key);
        }
        String names = String.join(", ", columns);
        String given = String.join(", ", values);
        if (this == H2) {
            return "MERGE INTO " + table + " (" + names + ") KEY (" + key + ") VALUES (" + given + ")";
        }
        String replace = columns.stream().filter(column -> !column.equals(key))
                .map(column -> column + " = EXCLUDED." + column)
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + given + ") ON CONFLICT (" + key + ") DO UPDATE SET "
                + replace;
    }
}
