package vn.delegationdesk.budget.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateSetRepository;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.platform.db.Store;

/**
 * Rate sets in the tables {@code rate_set} and {@code rate_value} (migration V3). The built-in sets are
 * put in once, on the first open of a store, so a set the user deleted does not come back.
 */
public final class JdbcRateSetRepository implements RateSetRepository {
    private static final String SELECT_SETS = "SELECT id, name, issuer, document_number, kind, effective_from, effective_to,"
            + " notes FROM rate_set";
    private static final String SELECT_VALUES = "SELECT rate_set_id, rate_key, amount, basis, verified FROM rate_value";
    private static final String INSERT_VALUE = "INSERT INTO rate_value (rate_set_id, rate_key, amount, basis, verified)"
            + " VALUES (?, ?, ?, ?, ?)";

    private final Store database;
    private final String mergeSet;

    public JdbcRateSetRepository(Store database) {
        this.database = database;
        this.mergeSet = database.dialect().upsert("rate_set", "id",
                List.of("id", "name", "issuer", "document_number", "kind", "effective_from", "effective_to", "notes"),
                Collections.nCopies(8, "?"));
        seedOnce();
    }

    private void seedOnce() {
        database.inTransaction(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM rate_set_seed");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return false;
                }
            }
            for (RateSet set : BuiltInRateSets.all()) {
                write(c, set);
            }
            try (PreparedStatement mark = c.prepareStatement("INSERT INTO rate_set_seed DEFAULT VALUES")) {
                mark.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public List<RateSet> findAll() {
        return database.inSnapshot(c -> {
            Map<String, List<RateValue>> values = new LinkedHashMap<>();
            try (PreparedStatement statement = c.prepareStatement(SELECT_VALUES);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    RateKey key = rateKey(rows.getString("rate_key"));
                    if (key != null) {
                        long amount = rows.getLong("amount");
                        Long known = rows.wasNull() ? null : amount;
                        values.computeIfAbsent(rows.getString("rate_set_id"), id -> new ArrayList<>())
                                .add(new RateValue(key, known, rows.getString("basis"), rows.getBoolean("verified")));
                    }
                }
            }
            List<RateSet> sets = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(SELECT_SETS);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString("id");
                    sets.add(new RateSet(id, rows.getString("name"), rows.getString("issuer"),
                            rows.getString("document_number"), RateSetKind.valueOf(rows.getString("kind")),
                            date(rows, "effective_from"), date(rows, "effective_to"), rows.getString("notes"),
                            values.getOrDefault(id, List.of())));
                }
            }
            return sets;
        });
    }

    /** A key written by a newer version is skipped rather than failing the whole list. */
    private static RateKey rateKey(String name) {
        try {
            return RateKey.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @Override
    public void save(RateSet rateSet) {
        database.inTransaction(c -> {
            write(c, rateSet);
            return null;
        });
    }

    private void write(Connection c, RateSet set) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(mergeSet)) {
            statement.setString(1, set.id());
            statement.setString(2, set.name());
            statement.setString(3, set.issuer());
            statement.setString(4, set.documentNumber());
            statement.setString(5, set.kind().name());
            statement.setDate(6, Date.valueOf(set.effectiveFrom()));
            if (set.effectiveTo() == null) {
                statement.setNull(7, Types.DATE);
            } else {
                statement.setDate(7, Date.valueOf(set.effectiveTo()));
            }
            statement.setString(8, set.notes());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = c.prepareStatement("DELETE FROM rate_value WHERE rate_set_id = ?")) {
            statement.setString(1, set.id());
            statement.executeUpdate();
        }
        try (PreparedStatement statement = c.prepareStatement(INSERT_VALUE)) {
            for (RateValue value : set.values()) {
                statement.setString(1, set.id());
                statement.setString(2, value.key().name());
                if (value.amount() == null) {
                    statement.setNull(3, Types.BIGINT);
                } else {
                    statement.setLong(3, value.amount());
                }
                statement.setString(4, value.basis());
                statement.setBoolean(5, value.verified());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public boolean delete(String id) {
        return database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement("DELETE FROM rate_set WHERE id = ?")) {
                statement.setString(1, id);
                return statement.executeUpdate() > 0;
            }
        });
    }

    private static LocalDate date(ResultSet rows, String column) throws SQLException {
        Date value = rows.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
