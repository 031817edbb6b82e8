package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.ValidationError;

/**
 * The hall of a conference as the organiser enters it: a head table of {@code headSeats} seats facing the hall, and in
 * front of it {@code rows} hall rows of {@code seatsPerRow} seats each, theatre rows or rows of tables ({@link HallKind};
 * with tables {@code rows} is the number of tables and {@code seatsPerRow} the seats at each). The sizes are what the
 * user typed: {@link #validate()} names every one out of range, and the seating only uses a layout without problems.
 */
public record HallLayout(int headSeats, HallKind kind, int rows, int seatsPerRow) {
    /** The longest head table accepted: a presidium of forty is already a stage, not a table. */
    public static final int MAX_HEAD_SEATS = 40;
    public static final int MAX_ROWS = 50;
    public static final int MAX_SEATS_PER_ROW = 60;

    public HallLayout {
        Objects.requireNonNull(kind, "kind");
    }

    public static HallLayout theatre(int headSeats, int rows, int seatsPerRow) {
        return new HallLayout(headSeats, HallKind.THEATRE, rows, seatsPerRow);
    }

    public static HallLayout tables(int headSeats, int tables, int seatsPerTable) {
        return new HallLayout(headSeats, HallKind.TABLES, tables, seatsPerTable);
    }

    /**
     * Every size out of its range, as a problem whose message names the field ("Sơ đồ hội trường – Số ghế bàn chủ tọa:
     * phải là số nguyên từ 1 đến 40; đang nhập 0"); empty when the layout can be seated.
     */
    public List<ValidationError> validate() {
        List<ValidationError> errors = new ArrayList<>();
        check(errors, "hall.headSeats", Phrase.of("conferencedesk.hall.field.headSeats"), headSeats, MAX_HEAD_SEATS);
        if (kind == HallKind.TABLES) {
            check(errors, "hall.rows", Phrase.of("conferencedesk.hall.field.tables"), rows, MAX_ROWS);
            check(errors, "hall.seatsPerRow", Phrase.of("conferencedesk.hall.field.seatsPerTable"), seatsPerRow,
                    MAX_SEATS_PER_ROW);
        } else {
            check(errors, "hall.rows", Phrase.of("conferencedesk.hall.field.rows"), rows, MAX_ROWS);
            check(errors, "hall.seatsPerRow", Phrase.of("conferencedesk.hall.field.seatsPerRow"), seatsPerRow,
                    MAX_SEATS_PER_ROW);
        }
        return errors;
    }

    private static void check(List<ValidationError> errors, String path, Phrase field, int value, int max) {
        if (value < 1 || value > max) {
            errors.add(ValidationError.of(path, "validation.conferencedesk.hall.size", field, 1, max, value));
        }
    }

    /** How many delegates the hall seats: the head table and every hall seat. */
    public int capacity() {
        return headSeats + rows * seatsPerRow;
    }

    /** Whether {@code seat} is one of this hall's seats. */
    public boolean contains(Seat seat) {
        if (seat.kind() != kind) {
            return false;
        }
        if (seat.atHeadTable()) {
            return seat.number() <= headSeats;
        }
        return seat.row() <= rows && seat.number() <= seatsPerRow;
    }

    /** The head table's seats, left to right as seen from the hall. */
    public List<Seat> headTable() {
        List<Seat> seats = new ArrayList<>(headSeats);
        for (int n = 1; n <= headSeats; n++) {
            seats.add(Seat.head(n, kind));
        }
        return seats;
    }

    /** Hall row {@code row} (1 is the front row), left to right as seen from the hall. */
    public List<Seat> row(int row) {
        List<Seat> seats = new ArrayList<>(seatsPerRow);
        for (int n = 1; n <= seatsPerRow; n++) {
            seats.add(new Seat(row, n, kind));
        }
        return seats;
    }
}
