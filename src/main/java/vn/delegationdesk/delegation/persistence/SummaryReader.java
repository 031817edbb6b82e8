package vn.delegationdesk.delegation.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DelegationSummary;

/**
 * The delegation list in two queries whatever its length: one row per delegation with its member count
 * and trip dates computed in SQL, then every leg's place. Dates follow {@code Delegation.firstDate()} and
 * {@code lastDate()}: the earliest and latest of leg start/end dates and programme days.
 */
final class SummaryReader {
    private static final String HEADERS = """
            SELECT d.id, d.title, d.planned_size, d.status, d.sample,
                   COALESCE(m.filled, 0) AS filled, COALESCE(d.start_date, t.first_date) AS first_date,
                   COALESCE(d.end_date, t.last_date) AS last_date
            FROM delegation d
            LEFT JOIN (SELECT delegation_id, COUNT(*) AS filled FROM member GROUP BY delegation_id) m
                   ON m.delegation_id = d.id
            LEFT JOIN (SELECT delegation_id, MIN(trip_date) AS first_date, MAX(trip_date) AS last_date
                       FROM (SELECT delegation_id, start_date AS trip_date FROM leg
                             UNION ALL SELECT delegation_id, end_date FROM leg
                             UNION ALL SELECT delegation_id, day_date FROM programme_day) dates
                       GROUP BY delegation_id) t
                   ON t.delegation_id = d.id
            ORDER BY d.id
            """;
    private static final String PLACES = "SELECT delegation_id, place FROM leg ORDER BY delegation_id, position";

    List<DelegationSummary> read(Connection c) throws SQLException {
        Map<Long, List<String>> places = places(c);
        List<DelegationSummary> summaries = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(HEADERS); ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                long id = r.getLong("id");
                summaries.add(new DelegationSummary(id, r.getString("title"), Rows.date(r, "first_date"),
                        Rows.date(r, "last_date"), places.getOrDefault(id, List.of()), r.getInt("filled"),
                        r.getInt("planned_size"), Rows.enumValue(r, "status", DelegationStatus.class),
                        r.getBoolean("sample")));
            }
        }
        return summaries;
    }

    private static Map<Long, List<String>> places(Connection c) throws SQLException {
        Map<Long, List<String>> places = new HashMap<>();
        try (PreparedStatement statement = c.prepareStatement(PLACES); ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                places.computeIfAbsent(r.getLong("delegation_id"), k -> new ArrayList<>()).add(r.getString("place"));
            }
        }
        return places;
    }
}
