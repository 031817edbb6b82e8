package vn.delegationdesk.delegation.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** JDBC conversions shared by the delegation reader and writer: nulls, dates, times, enums, decimals, batches. */
final class Rows {
    private Rows() {
    }

    /** Binds one list element; {@code position} is its index in the list. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T item, int position) throws SQLException;
    }

    /** Inserts {@code items} in one JDBC batch, binding each with its list index. */
    static <T> void insertAll(Connection connection, String sql, List<T> items, Binder<T> binder) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < items.size(); i++) {
                binder.bind(statement, items.get(i), i);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    static LocalDate date(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    static void setTime(PreparedStatement statement, int index, LocalTime time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIME);
        } else {
            statement.setObject(index, time);
        }
    }

    static LocalTime time(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalTime.class);
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer integer(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, Integer.class);
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value.name());
        }
    }

    static <E extends Enum<E>> E enumValue(ResultSet rows, String column, Class<E> type) throws SQLException {
        String name = rows.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    /**
     * The column has scale 2, so 0.7 comes back as 0.70. BigDecimal.equals is scale-sensitive, so values
     * are read in canonical form (no trailing zeros, never a negative scale): 0.70 to 0.7, 1.00 to 1,
     * 10.00 to 10. A domain value round-trips equal when it is itself canonical and has at most 2 decimals.
     */
    static BigDecimal decimal(ResultSet rows, String column) throws SQLException {
        BigDecimal value = rows.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
