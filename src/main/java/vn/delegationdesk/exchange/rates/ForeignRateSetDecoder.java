package vn.delegationdesk.exchange.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.abroad.CountryRate;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.JsonPaths;

/**
 * The {@code foreignRateSet} object of a rate-set file of scope {@code FOREIGN}, field by field, recording every problem
 * with its path ({@code $.foreignRateSet.rates[2].perDiem}). As in the domestic set an unknown field is refused. Amounts
 * are exact decimals written as JSON strings ({@code "60"}, {@code "60.5"}), never a JSON number, which spreadsheets
 * and scripts read as floating point; the decimals are kept as written.
 */
public final class ForeignRateSetDecoder {
    public static final List<String> SET_FIELDS = List.of("name", "documentNumber", "effectiveFrom", "effectiveTo", "notes", "rates");
    public static final List<String> RATE_FIELDS = List.of("code", "name", "countries", "currency", "perDiem", "lodgingCap",
            "basis", "verified");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String VIET_NAM = "VN";

    private ForeignRateSetDecoder() {
    }

    /** The set, without id; meaningful only when no error was recorded. */
    public static ForeignRateSet rateSet(FieldReader set, List<ValidationError> errors) {
        refuseUnknown(set, SET_FIELDS, errors);
        String name = set.requiredText("name");
        if (set.raw("name") != null && set.raw("name").isTextual() && name.isBlank()) {
            errors.add(ValidationError.of(set.path("name"), "exchange.rateSet.error.nameEmpty"));
        }
        int before = errors.size();
        LocalDate from = set.requiredDate("effectiveFrom");
        LocalDate to = set.optionalDate("effectiveTo");
        if (errors.size() == before && to != null && to.isBefore(from)) {
            errors.add(ValidationError.of(set.path("effectiveTo"), "exchange.rateSet.error.endBeforeStart",
                    to.toString(), from.toString()));
        }
        if (set.raw("rates") == null) {
            errors.add(ValidationError.of(set.path("rates"), "exchange.error.missingField"));
        }
        List<CountryRate> rates = set.objects("rates", rate -> rate(rate, errors)).stream().filter(Objects::nonNull).toList();
        refuseTwice(set, errors);
        return new ForeignRateSet("", name, set.text("documentNumber"), from,
                to, set.text("notes"), rates);
    }

    /** One country's or group's caps, or null when broken (the problem is recorded). */
    private static CountryRate rate(FieldReader rate, List<ValidationError> errors) {
        int before = errors.size();
        refuseUnknown(rate, RATE_FIELDS, errors);
        String code = rate.requiredText("code");
        List<String> countries = rate.texts("countries");
        if (rate.raw("code") != null && rate.raw("code").isTextual()) {
            code(rate, code, countries, errors);
        }
        JsonNode listed = rate.raw("countries");
        for (int i = 0; i < countries.size(); i++) {
            String member = countries.get(i);
            String path = JsonPaths.element(rate.path("countries"), i);
            if (!listed.get(i).isTextual()) {
                continue; // already reported as not a text
            }
            if (!COUNTRIES.contains(member)) {
                errors.add(ValidationError.of(path, "exchange.foreignRates.error.countryCode", quoted(member)));
            } else if (VIET_NAM.equals(member)) {
                errors.add(ValidationError.of(path, "exchange.foreignRates.error.vietNam"));
            }
        }
        Currency currency = currency(rate, errors);
        BigDecimal perDiem = amount(rate, "perDiem", errors);
        BigDecimal lodgingCap = amount(rate, "lodgingCap", errors);
        String basis = rate.text("basis");
        boolean verified = rate.bool("verified");
        if (errors.size() > before) {
            return null;
        }
        return new CountryRate(code, rate.text("name"), countries, currency, perDiem, lodgingCap, basis, verified);
    }

    /** A single country's ISO 3166-1 alpha-2 code, not Việt Nam; a group's own code, not a country's. */
    private static void code(FieldReader rate, String code, List<String> countries, List<ValidationError> errors) {
        String path = rate.path("code");
        if (code.isBlank()) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.codeEmpty"));
        } else if (!countries.isEmpty() && COUNTRIES.contains(code)) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.groupCodeIsCountry", code));
        } else if (countries.isEmpty() && !COUNTRIES.contains(code)) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.countryCode", quoted(code)));
        } else if (VIET_NAM.equals(code)) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.vietNam"));
        }
    }

    /** An ISO 4217 code in capitals ("USD"), one the platform knows. */
    public static Currency currency(FieldReader rate, List<ValidationError> errors) {
        String text = rate.requiredText("currency");
        JsonNode raw = rate.raw("currency");
        if (raw == null || !raw.isTextual()) {
            return null;
        }
        if (!CURRENCY.matcher(text).matches() || !CURRENCIES.contains(text)) {
            errors.add(ValidationError.of(rate.path("currency"), "exchange.foreignRates.error.currency", quoted(text)));
            return null;
        }
        return Currency.getInstance(text);
    }

    /** An exact amount from 0, as a JSON string of digits with an optional dot and decimals; absent or null: no figure. */
    public static BigDecimal amount(FieldReader rate, String name, List<ValidationError> errors) {
        JsonNode raw = rate.raw(name);
        if (raw == null) {
            return null;
        }
        String path = rate.path(name);
        if (!raw.isTextual()) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.amountNotText", FieldReader.preview(raw)));
            return null;
        }
        String text = raw.textValue().strip();
        if (text.startsWith("-") && DECIMAL.matcher(text.substring(1)).matches()) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.amountNegative", text));
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.amountNotNumber", quoted(raw.textValue())));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.scale() > RateSetFormat.MAX_FOREIGN_DECIMALS) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.amountDecimals", text,
                    RateSetFormat.MAX_FOREIGN_DECIMALS));
            return null;
        }
        if (amount.compareTo(RateSetFormat.MAX_FOREIGN_AMOUNT) > 0) {
            errors.add(ValidationError.of(path, "exchange.foreignRates.error.amountTooLarge", text,
                    RateSetFormat.MAX_FOREIGN_AMOUNT.toPlainString()));
            return null;
        }
        return amount;
    }

    /**
     * A code given twice, or a country in two groups: the later one is reported, naming where the first is. A country
     * may have its own caps besides a group's; its own come first.
     */
    private static void refuseTwice(FieldReader set, List<ValidationError> errors) {
        JsonNode rates = set.raw("rates");
        if (rates == null || !rates.isArray()) {
            return;
        }
        Map<String, String> codes = new HashMap<>();
        Map<String, String> grouped = new HashMap<>();
        for (int i = 0; i < rates.size(); i++) {
            String at = JsonPaths.element(set.path("rates"), i);
            JsonNode code = rates.get(i).get("code");
            if (code != null && code.isTextual() && !code.textValue().isBlank()) {
                String first = codes.putIfAbsent(code.textValue().strip(), at);
                if (first != null) {
                    errors.add(ValidationError.of(JsonPaths.field(at, "code"), "exchange.foreignRates.error.codeTwice",
                            code.textValue().strip(), first));
                }
            }
            JsonNode countries = rates.get(i).get("countries");
            if (countries == null || !countries.isArray()) {
                continue;
            }
            for (int j = 0; j < countries.size(); j++) {
                JsonNode country = countries.get(j);
                if (country.isTextual() && !country.textValue().isBlank()) {
                    String first = grouped.putIfAbsent(country.textValue().strip(), at);
                    if (first != null) {
                        errors.add(ValidationError.of(JsonPaths.element(JsonPaths.field(at, "countries"), j),
                                "exchange.foreignRates.error.countryInTwoGroups", country.textValue().strip(), first));
                    }
                }
            }
        }
    }

    private static void refuseUnknown(FieldReader object, List<String> known, List<ValidationError> errors) {
        for (String name : object.fieldNames()) {
            if (!known.contains(name)) {
                errors.add(ValidationError.of(object.path(name), "exchange.rateSet.error.unknownField",
                        String.join(", ", known)));
            }
        }
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
