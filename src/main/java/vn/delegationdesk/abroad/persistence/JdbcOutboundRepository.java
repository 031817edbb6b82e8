package vn.delegationdesk.abroad.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.abroad.FlightLeg;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.OutboundRepository;
import vn.delegationdesk.abroad.Passport;
import vn.delegationdesk.abroad.PassportType;
import vn.delegationdesk.abroad.SavedOutbound;
import vn.delegationdesk.platform.db.Store;

/**
 * Outbound plans in the tables of migration V17. A plan is written whole in one transaction (its row deleted, which
 * takes its stops, flights and passports with it, then inserted in order), so a failure anywhere leaves the plan kept
 * before as it was. Times of flights are local date-times with their zone ids, as on the ticket; the exchange rate and
 * the prices of the inputs are exact decimals kept as text. Plain SQL that H2 and PostgreSQL both run.
 */
public final class JdbcOutboundRepository implements OutboundRepository {
    private final Store store;

    public JdbcOutboundRepository(Store store) {
        this.store = store;
    }

    @Override
    public Optional<SavedOutbound> find(long delegationId) {
        return store.inSnapshot(c -> {
            ExchangeRate rate;
            String rateSetId;
            AbroadInputs inputs;
            try (PreparedStatement s = c.prepareStatement("SELECT foreign_rate_set_id, exchange_currency, exchange_value,"
                    + " exchange_date, exchange_source, inputs FROM outbound_plan WHERE delegation_id = ?")) {
                s.setLong(1, delegationId);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    rateSetId = rows.getString("foreign_rate_set_id");
                    String currency = rows.getString("exchange_currency");
                    rate = currency == null ? null : new ExchangeRate(Currency.getInstance(currency),
                            new BigDecimal(rows.getString("exchange_value")), rows.getObject("exchange_date", LocalDate.class),
                            rows.getString("exchange_source"));
                    inputs = AbroadInputsJson.read(rows.getString("inputs"));
                }
            }
            OutboundPlan plan = new OutboundPlan(delegationId, stops(c, delegationId), legs(c, delegationId),
                    passports(c, delegationId), rateSetId, rate);
            return Optional.of(new SavedOutbound(plan, inputs));
        });
    }

    @Override
    public void save(OutboundPlan plan, AbroadInputs inputs) {
        String content = AbroadInputsJson.write(inputs);
        store.inTransaction(c -> {
            delete(c, plan.delegationId());
            insert(c, plan, content);
            return null;
        });
    }

    @Override
    public boolean delete(long delegationId) {
        return store.inTransaction(c -> delete(c, delegationId));
    }

    private static boolean delete(Connection c, long delegationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM outbound_plan WHERE delegation_id = ?")) {
            s.setLong(1, delegationId);
            return s.executeUpdate() > 0;
        }
    }

    private static void insert(Connection c, OutboundPlan plan, String inputs) throws SQLException {
        long id = plan.delegationId();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbound_plan (delegation_id, foreign_rate_set_id,"
                + " exchange_currency, exchange_value, exchange_date, exchange_source, inputs) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, plan.foreignRateSetId());
            ExchangeRate rate = plan.exchangeRate();
            if (rate == null) {
                s.setNull(3, Types.VARCHAR);
                s.setNull(4, Types.VARCHAR);
                s.setNull(5, Types.DATE);
                s.setNull(6, Types.VARCHAR);
            } else {
                s.setString(3, rate.currency().getCurrencyCode());
                s.setString(4, rate.vndPerUnit().toString());
                s.setObject(5, rate.date());
                s.setString(6, rate.source());
            }
            s.setString(7, inputs);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbound_stop (delegation_id, position, country_code,"
                + " country_name, city, zone_id, arrival_date, departure_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (CountryStop stop : plan.stops()) {
                s.setLong(1, id);
                s.setInt(2, position++);
                s.setString(3, stop.countryCode());
                s.setString(4, stop.countryName());
                s.setString(5, stop.city());
                s.setString(6, stop.zone().getId());
                s.setObject(7, stop.arrivalDate());
                s.setObject(8, stop.departureDate());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbound_flight (delegation_id, position, flight_number,"
                + " from_place, from_zone, departure_local, to_place, to_zone, arrival_local) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (FlightLeg leg : plan.legs()) {
                s.setLong(1, id);
                s.setInt(2, position++);
                s.setString(3, leg.flightNumber());
                s.setString(4, leg.fromPlace());
                s.setString(5, leg.fromZone().getId());
                s.setObject(6, leg.departureLocal());
                s.setString(7, leg.toPlace());
                s.setString(8, leg.toZone().getId());
                s.setObject(9, leg.arrivalLocal());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbound_passport (delegation_id, position, member_id,"
                + " number, passport_type, expiry) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Passport passport : plan.passports()) {
                s.setLong(1, id);
                s.setInt(2, position++);
                s.setString(3, passport.memberId());
                s.setString(4, passport.number());
                s.setString(5, passport.type().name());
                s.setObject(6, passport.expiry());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<CountryStop> stops(Connection c, long id) throws SQLException {
        List<CountryStop> stops = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT country_code, country_name, city, zone_id, arrival_date,"
                + " departure_date FROM outbound_stop WHERE delegation_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    stops.add(new CountryStop(rows.getString("country_code"), rows.getString("country_name"),
                            rows.getString("city"), ZoneId.of(rows.getString("zone_id")),
                            rows.getObject("arrival_date", LocalDate.class), rows.getObject("departure_date", LocalDate.class)));
                }
            }
        }
        return stops;
    }

    private static List<FlightLeg> legs(Connection c, long id) throws SQLException {
        List<FlightLeg> legs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT flight_number, from_place, from_zone, departure_local, to_place,"
                + " to_zone, arrival_local FROM outbound_flight WHERE delegation_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    legs.add(new FlightLeg(rows.getString("flight_number"), rows.getString("from_place"),
                            ZoneId.of(rows.getString("from_zone")), rows.getObject("departure_local", LocalDateTime.class),
                            rows.getString("to_place"), ZoneId.of(rows.getString("to_zone")),
                            rows.getObject("arrival_local", LocalDateTime.class)));
                }
            }
        }
        return legs;
    }

    private static List<Passport> passports(Connection c, long id) throws SQLException {
        List<Passport> passports = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT member_id, number, passport_type, expiry FROM outbound_passport"
                + " WHERE delegation_id = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    passports.add(new Passport(rows.getString("member_id"), rows.getString("number"),
                            PassportType.valueOf(rows.getString("passport_type")), rows.getObject("expiry", LocalDate.class)));
                }
            }
        }
        return passports;
    }
}
