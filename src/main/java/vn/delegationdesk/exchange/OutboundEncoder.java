package vn.delegationdesk.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.abroad.persistence.AbroadInputsJson;
import vn.delegationdesk.abroad.FlightLeg;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.Passport;

/**
 * The {@code outbound} object of a package, by hand, every field in the order of {@code docs/package-format.md}:
 * flights as local date-times with their zone ids, as on the ticket; amounts as JSON strings of their exact decimals
 * ("25345.5", never a JSON number); the rate set by name and document number (a store's id means nothing elsewhere).
 */
final class OutboundEncoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private OutboundEncoder() {
    }

    static ObjectNode outbound(OutboundPackage content) {
        OutboundPlan plan = content.plan();
        ObjectNode o = NODES.objectNode();
        o.put("version", OutboundDecoder.VERSION);
        ArrayNode stops = o.putArray("stops");
        for (CountryStop stop : plan.stops()) {
            ObjectNode s = stops.addObject();
            s.put("countryCode", stop.countryCode());
            s.put("countryName", stop.countryName());
            s.put("city", stop.city());
            s.put("zone", zone(stop.zone()));
            s.put("arrivalDate", stop.arrivalDate() == null ? null : stop.arrivalDate().toString());
            s.put("departureDate", stop.departureDate() == null ? null : stop.departureDate().toString());
        }
        ArrayNode flights = o.putArray("flights");
        for (FlightLeg leg : plan.legs()) {
            ObjectNode f = flights.addObject();
            f.put("flightNumber", leg.flightNumber());
            f.put("fromPlace", leg.fromPlace());
            f.put("fromZone", zone(leg.fromZone()));
            f.put("departureLocal", local(leg.departureLocal()));
            f.put("toPlace", leg.toPlace());
            f.put("toZone", zone(leg.toZone()));
            f.put("arrivalLocal", local(leg.arrivalLocal()));
        }
        ArrayNode passports = o.putArray("passports");
        for (Passport passport : plan.passports()) {
            ObjectNode p = passports.addObject();
            p.put("memberId", passport.memberId());
            p.put("number", passport.number());
            p.put("type", passport.type() == null ? null : passport.type().name());
            p.put("expiry", passport.expiry() == null ? null : passport.expiry().toString());
        }
        if (content.namesRateSet()) {
            ObjectNode set = o.putObject("rateSet");
            set.put("name", content.rateSetName());
            set.put("documentNumber", content.rateSetDocumentNumber());
        } else {
            o.putNull("rateSet");
        }
        o.set("exchangeRate", exchangeRate(plan.exchangeRate()));
        o.set("inputs", inputs(content.inputs()));
        return o;
    }

    private static JsonNode exchangeRate(ExchangeRate rate) {
        if (rate == null) {
            return NODES.nullNode();
        }
        ObjectNode e = NODES.objectNode();
        e.put("currency", rate.currency() == null ? null : rate.currency().getCurrencyCode());
        e.put("vndPerUnit", decimal(rate.vndPerUnit()));
        e.put("date", rate.date() == null ? null : rate.date().toString());
        e.put("source", rate.source());
        return e;
    }

    private static ObjectNode inputs(AbroadInputs inputs) {
        return AbroadInputsJson.tree(inputs);
    }

    /** The exact decimals as typed; a negative scale (6E+1) is written out in full ("60"). */
    private static String decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
    }

    private static String zone(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }

    private static String local(LocalDateTime time) {
        return time == null ? null : LOCAL.format(time);
    }
}
