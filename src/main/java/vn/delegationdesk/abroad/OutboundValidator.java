package vn.delegationdesk.abroad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;

/**
 * The rules an {@link OutboundPlan} obeys before anything of it is computed or stored, each problem a
 * {@link ValidationError} at its path ({@code legs[1].arrivalLocal}) whose message names the field in Vietnamese (a
 * {@link Phrase} "abroad.field.*", "Chặng bay 2 (VN416 Incheon – Hà Nội) – Giờ đến: trước giờ đi"). Refused: a plan
 * of another delegation; no stop or no flight; a country code that is not ISO 3166-1 alpha-2, or Việt Nam's; a missing
 * name, city, zone or date; a stop leaving before it is reached, or reached before the previous one is left, or lying
 * outside the flights; a flight landing before it takes off (as instants) or taking off before the previous one lands;
 * a passport of nobody in the delegation, twice for a member, with another passport's number, without number, type or
 * expiry, or expired on the day of exit; an exchange rate of VND, zero or negative, without date or source, or dated
 * after the trip's end; a rate set that does not exist; texts beyond {@link AbroadLimits} or the text rules. The plan
 * is valid only when the list is empty: nothing is kept in part. What is only to be checked (passports expiring soon,
 * members without a passport) is in {@link OutboundWarnings}.
 */
public final class OutboundValidator {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Delegation delegation;
    private final OutboundPlan plan;
    private final List<ValidationError> errors = new ArrayList<>();

    private OutboundValidator(Delegation delegation, OutboundPlan plan) {
        this.delegation = delegation;
        this.plan = plan;
    }

    /** Every problem of the plan of {@code delegation}, given the rate sets there are; empty when it is valid. */
    public static List<ValidationError> validate(Delegation delegation, OutboundPlan plan, List<ForeignRateSet> rateSets) {
        OutboundValidator validator = new OutboundValidator(delegation, plan);
        validator.owner();
        validator.stops();
        validator.legs();
        validator.stopsWithinFlights();
        validator.passports();
        validator.exchangeRate();
        validator.rateSet(rateSets);
        return validator.errors;
    }

    /** @throws ValidationException carrying every problem, when there is one */
    public static void requireValid(Delegation delegation, OutboundPlan plan, List<ForeignRateSet> rateSets) {
        List<ValidationError> problems = validate(delegation, plan, rateSets);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private void owner() {
        if (delegation.id() == null || delegation.id() != plan.delegationId()) {
            errors.add(ValidationError.of("delegationId", "validation.abroad.otherDelegation",
                    Phrase.of("abroad.field.delegation"), String.valueOf(plan.delegationId()),
                    delegation.id() == null ? "(chưa lưu)" : String.valueOf(delegation.id())));
        }
    }

    private void stops() {
        if (plan.stops().isEmpty()) {
            errors.add(ValidationError.of("stops", "validation.abroad.noStops", Phrase.of("abroad.field.stops")));
        }
        LocalDate previousDeparture = null;
        for (int i = 0; i < plan.stops().size(); i++) {
            CountryStop stop = plan.stops().get(i);
            String path = "stops[" + i + "]";
            String which = numbered(i, stop.label());
            Phrase code = Phrase.of("abroad.field.stop.countryCode", which);
            if (stop.countryCode().isEmpty()) {
                errors.add(ValidationError.of(path + ".countryCode", "validation.abroad.required", code));
            } else if (!COUNTRIES.contains(stop.countryCode())) {
                errors.add(ValidationError.of(path + ".countryCode", "validation.abroad.countryCode", code, stop.countryCode()));
            } else if (stop.countryCode().equals("VN")) {
                errors.add(ValidationError.of(path + ".countryCode", "validation.abroad.countryVietnam", code));
            }
            required(path + ".countryName", stop.countryName(), AbroadLimits.COUNTRY_NAME,
                    Phrase.of("abroad.field.stop.countryName", which));
            required(path + ".city", stop.city(), AbroadLimits.CITY, Phrase.of("abroad.field.stop.city", which));
            present(path + ".zone", stop.zone(), Phrase.of("abroad.field.stop.zone", which));
            Phrase arrival = Phrase.of("abroad.field.stop.arrival", which);
            Phrase departure = Phrase.of("abroad.field.stop.departure", which);
            present(path + ".arrivalDate", stop.arrivalDate(), arrival);
            present(path + ".departureDate", stop.departureDate(), departure);
            if (stop.arrivalDate() != null && stop.departureDate() != null
                    && stop.departureDate().isBefore(stop.arrivalDate())) {
                errors.add(ValidationError.of(path + ".departureDate", "validation.abroad.stopOrder", departure,
                        DAY.format(stop.departureDate()), DAY.format(stop.arrivalDate())));
            }
            if (previousDeparture != null && stop.arrivalDate() != null && stop.arrivalDate().isBefore(previousDeparture)) {
                errors.add(ValidationError.of(path + ".arrivalDate", "validation.abroad.stopsOverlap", arrival,
                        DAY.format(stop.arrivalDate()), DAY.format(previousDeparture)));
            }
            if (stop.departureDate() != null) {
                previousDeparture = stop.departureDate();
            }
        }
    }

    private void legs() {
        if (plan.legs().isEmpty()) {
            errors.add(ValidationError.of("legs", "validation.abroad.noLegs", Phrase.of("abroad.field.legs")));
        }
        Instant previousArrival = null;
        int previousNumber = 0;
        for (int i = 0; i < plan.legs().size(); i++) {
            FlightLeg leg = plan.legs().get(i);
            String path = "legs[" + i + "]";
            String which = numbered(i, leg.label());
            required(path + ".flightNumber", leg.flightNumber(), AbroadLimits.FLIGHT_NUMBER,
                    Phrase.of("abroad.field.leg.flightNumber", which));
            required(path + ".fromPlace", leg.fromPlace(), AbroadLimits.FROM_PLACE, Phrase.of("abroad.field.leg.from", which));
            required(path + ".toPlace", leg.toPlace(), AbroadLimits.TO_PLACE, Phrase.of("abroad.field.leg.to", which));
            present(path + ".fromZone", leg.fromZone(), Phrase.of("abroad.field.leg.fromZone", which));
            present(path + ".toZone", leg.toZone(), Phrase.of("abroad.field.leg.toZone", which));
            Phrase departure = Phrase.of("abroad.field.leg.departure", which);
            Phrase arrival = Phrase.of("abroad.field.leg.arrival", which);
            present(path + ".departureLocal", leg.departureLocal(), departure);
            present(path + ".arrivalLocal", leg.arrivalLocal(), arrival);
            if (leg.departure() != null && leg.arrival() != null && leg.arrival().isBefore(leg.departure())) {
                errors.add(ValidationError.of(path + ".arrivalLocal", "validation.abroad.arrivalBeforeDeparture", arrival,
                        local(leg.arrivalLocal(), leg.toZone()), local(leg.departureLocal(), leg.fromZone())));
            }
            if (previousArrival != null && leg.departure() != null && leg.departure().isBefore(previousArrival)) {
                errors.add(ValidationError.of(path + ".departureLocal", "validation.abroad.legsOverlap", departure,
                        String.valueOf(previousNumber)));
            }
            if (leg.arrival() != null) {
                previousArrival = leg.arrival();
                previousNumber = i + 1;
            }
        }
    }

    /** Each stop lies between the first take-off and the last landing, both in the stop's own calendar. */
    private void stopsWithinFlights() {
        if (plan.legs().isEmpty()) {
            return;
        }
        Instant first = plan.legs().get(0).departure();
        Instant last = plan.legs().get(plan.legs().size() - 1).arrival();
        for (int i = 0; i < plan.stops().size(); i++) {
            CountryStop stop = plan.stops().get(i);
            if (stop.zone() == null) {
                continue;
            }
            String which = numbered(i, stop.label());
            if (first != null && stop.arrivalDate() != null) {
                LocalDate takeOff = first.atZone(stop.zone()).toLocalDate();
                if (stop.arrivalDate().isBefore(takeOff)) {
                    errors.add(ValidationError.of("stops[" + i + "].arrivalDate", "validation.abroad.stopBeforeFlights",
                            Phrase.of("abroad.field.stop.arrival", which), DAY.format(stop.arrivalDate()),
                            DAY.format(takeOff)));
                }
            }
            if (last != null && stop.departureDate() != null) {
                LocalDate landing = last.atZone(stop.zone()).toLocalDate();
                if (stop.departureDate().isAfter(landing)) {
                    errors.add(ValidationError.of("stops[" + i + "].departureDate", "validation.abroad.stopAfterFlights",
                            Phrase.of("abroad.field.stop.departure", which), DAY.format(stop.departureDate()),
                            DAY.format(landing)));
                }
            }
        }
    }

    private void passports() {
        Map<String, Member> members = new HashMap<>();
        delegation.members().forEach(m -> members.put(m.id(), m));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        LocalDate exit = AbroadCalendar.exitDate(plan);
        for (int i = 0; i < plan.passports().size(); i++) {
            Passport passport = plan.passports().get(i);
            String path = "passports[" + i + "]";
            Member member = members.get(passport.memberId());
            if (member == null) {
                errors.add(ValidationError.of(path + ".memberId", "validation.abroad.unknownMember",
                        Phrase.of("abroad.field.passport.member", i + 1), passport.memberId()));
                continue;
            }
            String who = member.fullName();
            Integer first = seen.putIfAbsent(passport.memberId(), i + 1);
            if (first != null) {
                errors.add(ValidationError.of(path + ".memberId", "validation.abroad.duplicatePassport",
                        Phrase.of("abroad.field.passport.member", i + 1), who, String.valueOf(first)));
            }
            Phrase number = Phrase.of("abroad.field.passport.number", who);
            required(path + ".number", passport.number(), AbroadLimits.PASSPORT_NUMBER, number);
            Integer sameNumber = passport.number().isEmpty() ? null
                    : numbers.putIfAbsent(passport.number().toUpperCase(Locale.ROOT), i + 1);
            if (sameNumber != null) {
                errors.add(ValidationError.of(path + ".number", "validation.abroad.samePassportNumber", number,
                        passport.number(), String.valueOf(sameNumber)));
            }
            present(path + ".type", passport.type(), Phrase.of("abroad.field.passport.type", who));
            Phrase expiry = Phrase.of("abroad.field.passport.expiry", who);
            present(path + ".expiry", passport.expiry(), expiry);
            if (passport.expiry() != null && exit != null && passport.expiry().isBefore(exit)) {
                errors.add(ValidationError.of(path + ".expiry", "validation.abroad.passportExpired", expiry,
                        DAY.format(passport.expiry()), DAY.format(exit)));
            }
        }
    }

    private void exchangeRate() {
        ExchangeRate rate = plan.exchangeRate();
        if (rate == null) {
            return;
        }
        present("exchangeRate.currency", rate.currency(), Phrase.of("abroad.field.rate.currency"));
        String code = rate.currency() == null ? "" : rate.currency().getCurrencyCode();
        if (code.equals("VND")) {
            errors.add(ValidationError.of("exchangeRate.currency", "validation.abroad.rateInDong",
                    Phrase.of("abroad.field.rate.currency")));
        }
        Phrase value = Phrase.of("abroad.field.rate.value", code);
        if (rate.vndPerUnit() == null) {
            errors.add(ValidationError.of("exchangeRate.vndPerUnit", "validation.abroad.required", value));
        } else if (rate.vndPerUnit().signum() <= 0) {
            errors.add(ValidationError.of("exchangeRate.vndPerUnit", "validation.abroad.rateNotPositive", value,
                    ForeignAmounts.number(rate.vndPerUnit())));
        }
        Phrase date = Phrase.of("abroad.field.rate.date");
        present("exchangeRate.date", rate.date(), date);
        LocalDate end = AbroadCalendar.reentryDate(plan);
        if (end == null) {
            end = delegation.lastDate().orElse(null);
        }
        if (rate.date() != null && end != null && rate.date().isAfter(end)) {
            errors.add(ValidationError.of("exchangeRate.date", "validation.abroad.rateAfterTrip", date,
                    DAY.format(rate.date()), DAY.format(end)));
        }
        required("exchangeRate.source", rate.source(), AbroadLimits.EXCHANGE_SOURCE, Phrase.of("abroad.field.rate.source"));
    }

    private void rateSet(List<ForeignRateSet> rateSets) {
        String id = plan.foreignRateSetId();
        if (!id.isEmpty() && rateSets.stream().noneMatch(s -> s.id().equals(id))) {
            errors.add(ValidationError.of("foreignRateSetId", "validation.abroad.unknownRateSet",
                    Phrase.of("abroad.field.rateSet"), id));
        }
    }

    private void required(String path, String value, TextLimit limit, Phrase field) {
        if (value.isEmpty()) {
            errors.add(ValidationError.of(path, "validation.abroad.required", field));
            return;
        }
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", field, new Phrase(problem.messageKey(), problem.args())));
        }
    }

    private void present(String path, Object value, Phrase field) {
        if (value == null) {
            errors.add(ValidationError.of(path, "validation.abroad.required", field));
        }
    }

    /** "2 (VN416 Incheon – Hà Nội)": the 1-based number and what names the item, for the field labels. */
    private static String numbered(int index, String label) {
        return label.isBlank() ? String.valueOf(index + 1) : (index + 1) + " (" + label + ")";
    }

    /** "14/03/2026 18:00 giờ Asia/Seoul". */
    private static String local(LocalDateTime time, ZoneId zone) {
        return TIME.format(time) + " giờ " + zone.getId();
    }
}
