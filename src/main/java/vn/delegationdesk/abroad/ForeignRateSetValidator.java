package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * The rules a {@link ForeignRateSet} obeys before it is stored, each problem naming its field in Vietnamese: a name, not
 * another set's; an end not before the start; texts within {@link #LIMITS} and the text rules; per country rate a code,
 * not twice in the set, an ISO 3166-1 alpha-2 code for a single country, and for a group only such codes, each once;
 * figures of at most {@link #MAX_DECIMAL_TEXT} characters as written (the store keeps them as text, exact).
 */
public final class ForeignRateSetValidator {
    public static final TextLimit NAME = TextLimit.line("foreign_rate_set", "name", 300);
    public static final TextLimit DOCUMENT_NUMBER = TextLimit.line("foreign_rate_set", "document_number", 100);
    public static final TextLimit NOTES = TextLimit.lines("foreign_rate_set", "notes", 4000);
    public static final TextLimit RATE_CODE = TextLimit.line("foreign_country_rate", "code", 20);
    public static final TextLimit RATE_NAME = TextLimit.line("foreign_country_rate", "name", 200);
    public static final TextLimit RATE_BASIS = TextLimit.line("foreign_country_rate", "basis", 1000);
    /** Every limit, for the test that compares limits with columns. */
    public static final List<TextLimit> LIMITS = List.of(NAME, DOCUMENT_NUMBER, NOTES, RATE_CODE, RATE_NAME, RATE_BASIS);
    /** The longest decimal the store keeps (the width of its text columns). */
    public static final int MAX_DECIMAL_TEXT = 60;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ForeignRateSetValidator() {
    }

    /** Every problem of {@code set}, given the other stored sets; empty when it may be stored. */
    public static List<ValidationError> validate(ForeignRateSet set, List<ForeignRateSet> others) {
        List<ValidationError> errors = new ArrayList<>();
        if (set.name().isEmpty()) {
            errors.add(ValidationError.of("name", "budget.rateSet.nameRequired"));
        } else if (others.stream().anyMatch(o -> !o.id().equals(set.id()) && o.name().equalsIgnoreCase(set.name()))) {
            errors.add(ValidationError.of("name", "budget.rateSet.nameTaken", set.name()));
        }
        if (set.effectiveTo() != null && set.effectiveTo().isBefore(set.effectiveFrom())) {
            errors.add(ValidationError.of("effectiveTo", "budget.rateSet.endBeforeStart"));
        }
        text(errors, "name", set.name(), NAME, Phrase.of("ui.rateSets.field.name"));
        text(errors, "documentNumber", set.documentNumber(), DOCUMENT_NUMBER, Phrase.of("ui.rateSets.field.document"));
        text(errors, "notes", set.notes(), NOTES, Phrase.of("ui.rateSets.field.notes"));
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < set.rates().size(); i++) {
            rate(errors, set.rates().get(i), i, codes);
        }
        return errors;
    }

    private static void rate(List<ValidationError> errors, CountryRate rate, int i, Map<String, Integer> codes) {
        String path = "rates[" + i + "]";
        int line = i + 1;
        Phrase code = Phrase.of("abroad.field.countryRate.code", line);
        if (rate.code().isEmpty()) {
            errors.add(ValidationError.of(path + ".code", "validation.abroad.required", code));
        } else {
            text(errors, path + ".code", rate.code(), RATE_CODE, code);
            Integer first = codes.putIfAbsent(rate.code(), line);
            if (first != null) {
                errors.add(ValidationError.of(path + ".code", "validation.abroad.rateCodeTwice", code, rate.code(),
                        String.valueOf(first)));
            }
            if (rate.countries().isEmpty() && !COUNTRIES.contains(rate.code())) {
                errors.add(ValidationError.of(path + ".code", "validation.abroad.countryCode", code, rate.code()));
            }
        }
        Phrase countries = Phrase.of("abroad.field.countryRate.countries", line);
        Set<String> seen = new HashSet<>();
        for (String country : rate.countries()) {
            if (!COUNTRIES.contains(country)) {
                errors.add(ValidationError.of(path + ".countries", "validation.abroad.countryCode", countries, country));
            } else if (!seen.add(country)) {
                errors.add(ValidationError.of(path + ".countries", "validation.abroad.countryTwice", countries, country));
            }
        }
        text(errors, path + ".name", rate.name(), RATE_NAME, Phrase.of("abroad.field.countryRate.name", line));
        text(errors, path + ".basis", rate.basis(), RATE_BASIS, Phrase.of("abroad.field.countryRate.basis", line));
        decimal(errors, path + ".perDiem", rate.perDiem(), Phrase.of("abroad.field.countryRate.perDiem", line));
        decimal(errors, path + ".lodgingCap", rate.lodgingCap(), Phrase.of("abroad.field.countryRate.lodgingCap", line));
    }

    /** A decimal too long for the store's text column: "… có quá nhiều chữ số". */
    static void decimal(List<ValidationError> errors, String path, BigDecimal value, Phrase field) {
        if (value != null && value.toString().length() > MAX_DECIMAL_TEXT) {
            errors.add(ValidationError.of(path, "validation.abroad.tooManyDigits", field, MAX_DECIMAL_TEXT));
        }
    }

    private static void text(List<ValidationError> errors, String path, String value, TextLimit limit, Phrase label) {
        for (ValidationError problem : TextRules.check(path, value, limit)) {
            errors.add(ValidationError.of(path, "validation.text.named", label, new Phrase(problem.messageKey(), problem.args())));
        }
    }
}
