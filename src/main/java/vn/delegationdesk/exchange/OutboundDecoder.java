package vn.delegationdesk.exchange;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.AbroadInputsValidator;
import vn.delegationdesk.abroad.CountryStop;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.abroad.FlightLeg;
import vn.delegationdesk.abroad.LineOverride;
import vn.delegationdesk.abroad.OtherCost;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.abroad.OutboundValidator;
import vn.delegationdesk.abroad.Passport;
import vn.delegationdesk.abroad.PassportType;
import vn.delegationdesk.abroad.Price;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.JsonPaths;
import vn.delegationdesk.exchange.rates.ForeignRateSetDecoder;

/**
 * The optional {@code outbound} object of a package, field by field, every problem with its path from the file's root
 * ({@code $.outbound.flights[1].arrivalLocal}). Unlike the rest of the package, an unknown field inside it is refused
 * (with the fields it may have), as in the foreign rate-set file: a misspelt flight time or price would otherwise be
 * dropped without a word. Amounts are exact decimals written as JSON strings, as in the rate-set file. A plan that
 * decodes is then checked by {@link OutboundValidator} against the package's members, its problems moved under
 * {@code $.outbound} ({@code legs[1]} of the domain is {@code flights[1]} of the file).
 */
final class OutboundDecoder {
    static final String FIELD = "outbound";
    static final int VERSION = 1;
    static final List<String> FIELDS = List.of("version", "stops", "flights", "passports", "rateSet", "exchangeRate", "inputs");
    static final List<String> STOP_FIELDS = List.of("countryCode", "countryName", "city", "zone", "arrivalDate",
            "departureDate");
    static final List<String> FLIGHT_FIELDS = List.of("flightNumber", "fromPlace", "fromZone", "departureLocal", "toPlace",
            "toZone", "arrivalLocal");
    static final List<String> PASSPORT_FIELDS = List.of("memberId", "number", "type", "expiry");
    static final List<String> RATE_SET_FIELDS = List.of("name", "documentNumber");
    static final List<String> EXCHANGE_FIELDS = List.of("currency", "vndPerUnit", "date", "source");
    static final List<String> INPUT_FIELDS = List.of("flightClasses", "fares", "visaFee", "insurance", "airportTransfer",
            "gifts", "interpreterPerDay", "otherCosts", "overrides");
    static final List<String> OVERRIDE_FIELDS = List.of("quantity", "times");
    static final List<String> OTHER_COST_FIELDS = List.of("content", "unit", "quantity", "times", "price", "basis");
    static final List<String> PRICE_FIELDS = List.of("amount", "currency");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d");

    private OutboundDecoder() {
    }

    /**
     * The outbound part of {@code root}, null when absent (a domestic delegation) or when a problem was added to
     * {@code errors}. {@code delegation} is the package's delegation as decoded: its members are the ones a passport or a
     * flight class may name.
     */
    static OutboundPackage outbound(JsonNode root, Delegation delegation, List<ValidationError> errors) {
        JsonNode node = root.get(FIELD);
        if (node == null || node.isNull()) {
            return null;
        }
        int before = errors.size();
        FieldReader r = FieldReader.of(node, JsonPaths.field(JsonPaths.ROOT, FIELD), errors);
        if (!node.isObject()) {
            return null;
        }
        refuseUnknown(r, FIELDS, errors);
        Integer version = r.optionalInt("version");
        if (r.raw("version") == null) {
            errors.add(ValidationError.of(r.path("version"), "exchange.error.missingField"));
        } else if (version != null && version != VERSION) {
            errors.add(ValidationError.of(r.path("version"), "exchange.outbound.error.version", version, VERSION));
        }
        List<CountryStop> stops = r.objects("stops", OutboundDecoder::stop);
        List<FlightLeg> legs = r.objects("flights", OutboundDecoder::flight);
        List<Passport> passports = r.objects("passports", OutboundDecoder::passport);
        String rateSetName = "";
        String rateSetNumber = "";
        if (r.raw("rateSet") != null) {
            FieldReader set = r.object("rateSet");
            refuseUnknown(set, RATE_SET_FIELDS, errors);
            rateSetName = set.text("name");
            rateSetNumber = set.text("documentNumber");
        }
        ExchangeRate rate = r.raw("exchangeRate") == null ? null : exchangeRate(r.object("exchangeRate"), errors);
        AbroadInputs inputs = r.raw("inputs") == null ? AbroadInputs.none() : inputs(r.object("inputs"), delegation, errors);
        if (errors.size() > before) {
            return null;
        }
        OutboundPlan plan = new OutboundPlan(0L, stops, legs, passports, "", rate);
        for (ValidationError problem : OutboundValidator.validate(delegation.withId(0L), plan, List.of())) {
            errors.add(new ValidationError(filePath(problem.path()), problem.messageKey(), problem.args()));
        }
        if (errors.size() > before) {
            return null;
        }
        return new OutboundPackage(plan, inputs, rateSetName, rateSetNumber);
    }

    /** {@code legs[1].arrivalLocal} of the validator is {@code $.outbound.flights[1].arrivalLocal} of the file. */
    static String filePath(String validatorPath) {
        String inFile = validatorPath.startsWith("legs") ? "flights" + validatorPath.substring("legs".length()) : validatorPath;
        return JsonPaths.field(JsonPaths.field(JsonPaths.ROOT, FIELD), inFile);
    }

    private static CountryStop stop(FieldReader s) {
        refuseUnknown(s, STOP_FIELDS, s.errors());
        return new CountryStop(s.text("countryCode"), s.text("countryName"), s.text("city"), zone(s, "zone"),
                s.optionalDate("arrivalDate"), s.optionalDate("departureDate"));
    }

    private static FlightLeg flight(FieldReader f) {
        refuseUnknown(f, FLIGHT_FIELDS, f.errors());
        return new FlightLeg(f.text("flightNumber"), f.text("fromPlace"), zone(f, "fromZone"), localTime(f, "departureLocal"),
                f.text("toPlace"), zone(f, "toZone"), localTime(f, "arrivalLocal"));
    }

    private static Passport passport(FieldReader p) {
        refuseUnknown(p, PASSPORT_FIELDS, p.errors());
        return new Passport(p.text("memberId"), p.text("number"), p.optionalEnum("type", PassportType.class, null),
                p.optionalDate("expiry"));
    }

    private static ExchangeRate exchangeRate(FieldReader e, List<ValidationError> errors) {
        refuseUnknown(e, EXCHANGE_FIELDS, errors);
        Currency currency = ForeignRateSetDecoder.currency(e, errors);
        BigDecimal value = ForeignRateSetDecoder.amount(e, "vndPerUnit", errors);
        return new ExchangeRate(currency, value, e.optionalDate("date"), e.text("source"));
    }

    private static AbroadInputs inputs(FieldReader in, Delegation delegation, List<ValidationError> errors) {
        refuseUnknown(in, INPUT_FIELDS, errors);
        Map<String, FlightClass> classes = new HashMap<>();
        JsonNode byMember = in.raw("flightClasses");
        if (byMember != null) {
            FieldReader map = in.object("flightClasses");
            if (byMember.isObject()) {
                Set<String> members = new HashSet<>(delegation.members().stream().map(Member::id).toList());
                for (String memberId : map.fieldNames()) {
                    FlightClass flightClass = map.optionalEnum(memberId, FlightClass.class, null);
                    if (!members.contains(memberId)) {
                        errors.add(ValidationError.of(map.path(memberId), "exchange.outbound.error.unknownMember", memberId));
                    } else if (flightClass != null) {
                        classes.put(memberId, flightClass);
                    }
                }
            }
        }
        Map<FlightClass, Price> fares = new EnumMap<>(FlightClass.class);
        JsonNode fareNode = in.raw("fares");
        if (fareNode != null) {
            FieldReader map = in.object("fares");
            for (Iterator<String> it = fareNode.isObject() ? fareNode.fieldNames() : List.<String>of().iterator(); it.hasNext();) {
                String name = it.next();
                FlightClass flightClass = flightClass(name);
                if (flightClass == null) {
                    errors.add(ValidationError.of(map.path(name), "exchange.outbound.error.fareClass", name,
                            String.join(", ", Arrays.stream(FlightClass.values()).map(Enum::name).toList())));
                    continue;
                }
                Price price = price(map, name, errors);
                if (price != null) {
                    fares.put(flightClass, price);
                }
            }
        }
        List<OtherCost> others = in.raw("otherCosts") == null ? List.of() : in.objects("otherCosts", OutboundDecoder::otherCost);
        Map<String, LineOverride> overrides = in.raw("overrides") == null ? Map.of() : in.objectMap("overrides", line -> {
            refuseUnknown(line, OVERRIDE_FIELDS, line.errors());
            return new LineOverride(line.optionalWhole("quantity"), line.optionalWhole("times"));
        });
        AbroadInputs read = new AbroadInputs(classes, fares, price(in, "visaFee", errors), price(in, "insurance", errors),
                price(in, "airportTransfer", errors), price(in, "gifts", errors), price(in, "interpreterPerDay", errors), others,
                overrides);
        for (ValidationError problem : AbroadInputsValidator.validate(read)) {
            errors.add(new ValidationError(in.path(problem.path()), problem.messageKey(), problem.args()));
        }
        return read;
    }

    /** A line of "Chi phí khác": {@code {"content", "unit", "quantity", "times", "price", "basis"}}, checked as typed. */
    private static OtherCost otherCost(FieldReader c) {
        refuseUnknown(c, OTHER_COST_FIELDS, c.errors());
        return new OtherCost(c.text("content"), c.text("unit"), c.requiredWhole("quantity"), c.requiredWhole("times"),
                price(c, "price", c.errors()), c.text("basis"));
    }

    /** {@code {"amount": "450.50", "currency": "USD"}}, or null when not given (or broken: the problem is recorded). */
    private static Price price(FieldReader parent, String name, List<ValidationError> errors) {
        if (parent.raw(name) == null) {
            return null;
        }
        int before = errors.size();
        FieldReader p = parent.object(name);
        refuseUnknown(p, PRICE_FIELDS, errors);
        if (p.raw("amount") == null && parent.raw(name).isObject()) {
            errors.add(ValidationError.of(p.path("amount"), "exchange.error.missingField"));
        }
        BigDecimal amount = ForeignRateSetDecoder.amount(p, "amount", errors);
        Currency currency = parent.raw(name).isObject() ? ForeignRateSetDecoder.currency(p, errors) : null;
        return errors.size() > before || amount == null || currency == null ? null : new Price(amount, currency);
    }

    private static FlightClass flightClass(String name) {
        for (FlightClass candidate : FlightClass.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    /** An IANA time-zone id ("Asia/Seoul"); null when absent (the validator names it) or wrong (named here). */
    private static ZoneId zone(FieldReader r, String name) {
        JsonNode raw = r.raw(name);
        if (raw == null) {
            return null;
        }
        if (raw.isTextual() && ZONES.contains(raw.textValue())) {
            return ZoneId.of(raw.textValue());
        }
        r.errors().add(ValidationError.of(r.path(name), "exchange.outbound.error.zone", FieldReader.preview(raw)));
        return null;
    }

    /** A local date-time as on the ticket, "2026-04-06T00:05" (no seconds, no offset: the zone is its own field). */
    private static LocalDateTime localTime(FieldReader r, String name) {
        JsonNode raw = r.raw(name);
        if (raw == null) {
            return null;
        }
        if (raw.isTextual() && LOCAL_TIME.matcher(raw.textValue()).matches()) {
            try {
                return LocalDateTime.parse(raw.textValue());
            } catch (DateTimeParseException e) {
                // a day that does not exist ("2026-02-30T10:00"): named below
            }
        }
        r.errors().add(ValidationError.of(r.path(name), "exchange.outbound.error.localTime", FieldReader.preview(raw)));
        return null;
    }

    static void refuseUnknown(FieldReader object, List<String> known, List<ValidationError> errors) {
        for (String name : object.fieldNames()) {
            if (!known.contains(name)) {
                errors.add(ValidationError.of(object.path(name), "exchange.outbound.error.unknownField", String.join(", ", known)));
            }
        }
    }
}
