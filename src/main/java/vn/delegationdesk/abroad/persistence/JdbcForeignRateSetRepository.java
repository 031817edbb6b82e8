package vn.delegationdesk.abroad.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.abroad.BuiltInForeignRateSets;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.ForeignRateSetRepository;
import vn.delegationdesk.platform.db.Store;

/**
 * Foreign rate sets in the tables {@code foreign_rate_set} and {@code foreign_country_rate} (migration V17). The
 * built-in sets (shipped empty) are put in once, on the first open of a store, like the domestic ones, so the figures
 * the finance office entered are never overwritten. A group's countries are kept as their codes joined by commas; caps
 * are exact decimals kept as text (null while not entered, never 0).
 */
public final class JdbcForeignRateSetRepository implements ForeignRateSetRepository {
    private final Store store;
    private final String mergeSet;

    public JdbcForeignRateSetRepository(Store store) {
        this.store = store;
        this.mergeSet = store.dialect().upsert("foreign_rate_set", "id",
                List.of("id", "name", "document_number", "effective_from", "effective_to", "notes"), Collections.nCopies(6, "?"));
        seedOnce();
    }

    private void seedOnce() {
        store.inTransaction(c -> {
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM foreign_rate_set_seed");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return false;
                }
            }
            for (ForeignRateSet set : BuiltInForeignRateSets.all()) {
                write(c, set);
            }
            try (PreparedStatement mark = c.prepareStatement("INSERT INTO foreign_rate_set_seed DEFAULT VALUES")) {
                mark.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public List<ForeignRateSet> findAll() {
        return store.inSnapshot(c -> {
            Map<String, List<CountryRate>> rates = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT rate_set_id, code, name, countries, currency, per_diem,"
                    + " lodging_cap, basis, verified FROM foreign_country_rate ORDER BY rate_set_id, position");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String countries = rows.getString("countries");
                    rates.computeIfAbsent(rows.getString("rate_set_id"), id -> new ArrayList<>()).add(new CountryRate(
                            rows.getString("code"), rows.getString("name"),
                            countries.isEmpty() ? List.of() : Arrays.asList(countries.split(",")),
                            Currency.getInstance(rows.getString("currency")), decimal(rows.getString("per_diem")),
                            decimal(rows.getString("lodging_cap")), rows.getString("basis"), rows.getBoolean("verified")));
                }
            }
            List<ForeignRateSet> sets = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, document_number, effective_from, effective_to, notes"
                    + " FROM foreign_rate_set ORDER BY effective_from, id");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString("id");
                    sets.add(new ForeignRateSet(id, rows.getString("name"), rows.getString("document_number"),
                            rows.getObject("effective_from", LocalDate.class), rows.getObject("effective_to", LocalDate.class),
                            rows.getString("notes"), rates.getOrDefault(id, List.of())));
                }
            }
            return sets;
        });
    }

    @Override
    public void save(ForeignRateSet set) {
        store.inTransaction(c -> {
            write(c, set);
            return null;
        });
    }

    private void write(Connection c, ForeignRateSet set) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(mergeSet)) {
            s.setString(1, set.id());
            s.setString(2, set.name());
            s.setString(3, set.documentNumber());
            s.setObject(4, set.effectiveFrom());
            if (set.effectiveTo() == null) {
                s.setNull(5, Types.DATE);
            } else {
                s.setObject(5, set.effectiveTo());
            }
            s.setString(6, set.notes());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM foreign_country_rate WHERE rate_set_id = ?")) {
            s.setString(1, set.id());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO foreign_country_rate (rate_set_id, position, code, name,"
                + " countries, currency, per_diem, lodging_cap, basis, verified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (CountryRate rate : set.rates()) {
                s.setString(1, set.id());
                s.setInt(2, position++);
                s.setString(3, rate.code());
                s.setString(4, rate.name());
                s.setString(5, String.join(",", rate.countries()));
                s.setString(6, rate.currency().getCurrencyCode());
                s.setString(7, rate.perDiem() == null ? null : rate.perDiem().toString());
                s.setString(8, rate.lodgingCap() == null ? null : rate.lodgingCap().toString());
                s.setString(9, rate.basis());
                s.setBoolean(10, rate.verified());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
