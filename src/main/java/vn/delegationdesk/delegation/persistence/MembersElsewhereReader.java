package vn.delegationdesk.delegation.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.delegationdesk.delegation.MemberElsewhere;

/**
 * Members of other delegations who share an ID number or a name with the given ones, in one query whatever
 * the number of names (array parameters). Trip dates follow {@code Delegation.firstDate()/lastDate()}: the
 * delegation's own dates, else its legs' range.
 */
final class MembersElsewhereReader {
    private static final String QUERY = """
            SELECT m.id_number, m.full_name, m.date_of_birth, d.id, d.title,
                   COALESCE(d.start_date, (SELECT MIN(l.start_date) FROM leg l WHERE l.delegation_id = d.id)) AS first_date,
                   COALESCE(d.end_date, (SELECT MAX(l.end_date) FROM leg l WHERE l.delegation_id = d.id)) AS last_date
            FROM member m JOIN delegation d ON d.id = m.delegation_id
            WHERE d.id <> ? AND ((m.id_number <> '' AND m.id_number = ANY(?)) OR m.full_name = ANY(?))
            ORDER BY d.id, m.position
            """;

    List<MemberElsewhere> read(Connection c, long excludeId, Collection<String> idNumbers, Collection<String> names)
            throws SQLException {
        List<MemberElsewhere> found = new ArrayList<>();
        if (idNumbers.isEmpty() && names.isEmpty()) {
            return found;
        }
        try (PreparedStatement statement = c.prepareStatement(QUERY)) {
            statement.setLong(1, excludeId);
            statement.setObject(2, idNumbers.toArray(new String[0]));
            statement.setObject(3, names.toArray(new String[0]));
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    found.add(new MemberElsewhere(r.getString("id_number"), r.getString("full_name"),
                            Rows.date(r, "date_of_birth"), r.getLong("id"), r.getString("title"), Rows.date(r, "first_date"),
                            Rows.date(r, "last_date")));
                }
            }
        }
        return found;
    }
}
