package vn.delegationdesk.conferencedesk;

/**
 * One seat of a hall: at the head table ({@code row} 0) or in hall row {@code row} (1 is the front row, nearest the head
 * table), {@code number} counted from 1 <em>left to right as seen from the hall</em>, the way the printed plan shows
 * them with the head table at the top. With theatre rows a hall row is a row of chairs, with tables it is one table.
 */
public record Seat(int row, int number, HallKind kind) implements Comparable<Seat> {
    static final String HEAD_LABEL = "Bàn chủ tọa, ghế ";
    static final String ROW_LABEL = "Hàng ";
    static final String TABLE_LABEL = "Bàn ";
    static final String SEAT_LABEL = ", ghế ";

    public Seat {
        if (row < 0 || number < 1) {
            throw new IllegalArgumentException("no seat " + number + " in row " + row);
        }
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** Seat {@code number} of the head table. */
    public static Seat head(int number, HallKind kind) {
        return new Seat(0, number, kind);
    }

    public boolean atHeadTable() {
        return row == 0;
    }

    /** "Bàn chủ tọa, ghế 3", "Hàng 2, ghế 5" (theatre rows) or "Bàn 2, ghế 5" (rows of tables). */
    public String label() {
        if (atHeadTable()) {
            return HEAD_LABEL + number;
        }
        return (kind == HallKind.TABLES ? TABLE_LABEL : ROW_LABEL) + row + SEAT_LABEL + number;
    }

    /** The head table first, then the rows front to back, each left to right as seen from the hall. */
    @Override
    public int compareTo(Seat other) {
        int byRow = Integer.compare(row, other.row);
        return byRow != 0 ? byRow : Integer.compare(number, other.number);
    }
}
