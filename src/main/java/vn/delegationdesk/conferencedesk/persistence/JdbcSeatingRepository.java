package vn.delegationdesk.conferencedesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.conferencedesk.HallKind;
import vn.delegationdesk.conferencedesk.HallLayout;
import vn.delegationdesk.conferencedesk.KeptSeating;
import vn.delegationdesk.conferencedesk.Seat;
import vn.delegationdesk.conferencedesk.SeatingRepository;
import vn.delegationdesk.platform.db.Store;

/**
 * Seating plans in the tables of migration V16: the hall's layout (one row a conference) and the seat of each seated
 * delegate. A plan is written whole in one transaction (the hall and its seats deleted, then inserted), so a failure
 * leaves the previous plan as it was. Plain SQL that H2 and PostgreSQL both run.
 */
public final class JdbcSeatingRepository implements SeatingRepository {
    private final Store store;

    public JdbcSeatingRepository(Store store) {
        this.store = store;
    }

    @Override
    public Optional<KeptSeating> find(long delegationId, String conferenceId) {
        return Optional.ofNullable(byConference(delegationId).get(conferenceId));
    }

    /** Every kept plan of the delegation, by conference id: what the copy of a laptop's store to a server carries. */
    public Map<String, KeptSeating> byConference(long delegationId) {
        return store.inSnapshot(c -> {
            Map<String, HallLayout> halls = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT conference_id, head_seats, hall_kind, hall_rows, seats_per_row"
                    + " FROM conference_hall WHERE delegation_id = ? ORDER BY conference_id")) {
                s.setLong(1, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        halls.put(rows.getString(1), new HallLayout(rows.getInt(2), HallKind.valueOf(rows.getString(3)),
                                rows.getInt(4), rows.getInt(5)));
                    }
                }
            }
            Map<String, Map<String, Seat>> seats = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT conference_id, delegate_id, seat_row, seat_number"
                    + " FROM conference_seat WHERE delegation_id = ?")) {
                s.setLong(1, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        HallLayout layout = halls.get(rows.getString(1));
                        seats.computeIfAbsent(rows.getString(1), k -> new HashMap<>())
                                .put(rows.getString(2), new Seat(rows.getInt(3), rows.getInt(4), layout.kind()));
                    }
                }
            }
            Map<String, KeptSeating> plans = new LinkedHashMap<>();
            halls.forEach((conference, layout) -> plans.put(conference,
                    new KeptSeating(layout, seats.getOrDefault(conference, Map.of()))));
            return plans;
        });
    }

    @Override
    public void save(long delegationId, String conferenceId, KeptSeating seating) {
        store.inTransaction(c -> {
            write(c, delegationId, conferenceId, seating);
            return null;
        });
    }

    private static void write(Connection c, long delegationId, String conferenceId, KeptSeating seating) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM conference_hall WHERE delegation_id = ? AND conference_id = ?")) {
            s.setLong(1, delegationId);
            s.setString(2, conferenceId);
            s.executeUpdate();
        }
        HallLayout layout = seating.layout();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO conference_hall (delegation_id, conference_id, head_seats,"
                + " hall_kind, hall_rows, seats_per_row) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, delegationId);
            s.setString(2, conferenceId);
            s.setInt(3, layout.headSeats());
            s.setString(4, layout.kind().name());
            s.setInt(5, layout.rows());
            s.setInt(6, layout.seatsPerRow());
            s.executeUpdate();
        }
        if (seating.seats().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO conference_seat (delegation_id, conference_id, delegate_id,"
                + " seat_row, seat_number) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Seat> seat : seating.seats().entrySet()) {
                s.setLong(1, delegationId);
                s.setString(2, conferenceId);
                s.setString(3, seat.getKey());
                s.setInt(4, seat.getValue().row());
                s.setInt(5, seat.getValue().number());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
