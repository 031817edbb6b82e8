package vn.delegationdesk.exchange.rates;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.budget.RateKey;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetKind;
import vn.delegationdesk.budget.RateValue;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.exchange.json.FieldReader;
import vn.delegationdesk.exchange.json.JsonPaths;

/**
 * The {@code rateSet} object of a rate-set file, field by field, recording every problem with its path. Unlike the
 * delegation package, an unknown field is refused: a misspelt {@code "verifed"} must not silently leave a figure
 * unverified in a set the office signs off.
 */
final class RateSetDecoder {
    static final List<String> SET_FIELDS = List.of("name", "issuer", "documentNumber", "kind", "effectiveFrom",
            "effectiveTo", "notes", "values");
    static final List<String> VALUE_FIELDS = List.of("key", "amount", "basis", "verified");
    private static final String KEYS = Arrays.stream(RateKey.values()).map(Enum::name).collect(Collectors.joining(", "));

    private RateSetDecoder() {
    }

    /** The set, without id; meaningful only when no error was recorded. */
    static RateSet rateSet(FieldReader set, List<ValidationError> errors) {
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
        if (set.raw("values") == null) {
            errors.add(ValidationError.of(set.path("values"), "exchange.error.missingField"));
        }
        List<RateValue> values = set.objects("values", value -> value(value, errors)).stream().filter(Objects::nonNull)
                .toList();
        refuseDuplicates(set, errors);
        return new RateSet("", name, set.text("issuer"), set.text("documentNumber"),
                set.requiredEnum("kind", RateSetKind.class, RateSetKind.NATIONAL), from, to, set.text("notes"), values);
    }

    /** One value, or null when it is broken (the problem is recorded). */
    private static RateValue value(FieldReader value, List<ValidationError> errors) {
        int before = errors.size();
        refuseUnknown(value, VALUE_FIELDS, errors);
        RateKey key = key(value, errors);
        Long amount = amount(value, errors);
        String basis = value.text("basis");
        boolean verified = value.bool("verified");
        return errors.size() > before || key == null ? null : new RateValue(key, amount, basis, verified);
    }

    private static RateKey key(FieldReader value, List<ValidationError> errors) {
        String text = value.requiredText("key");
        if (value.raw("key") == null || !value.raw("key").isTextual()) {
            return null;
        }
        for (RateKey key : RateKey.values()) {
            if (key.name().equals(text)) {
                return key;
            }
        }
        errors.add(ValidationError.of(value.path("key"), "exchange.rateSet.error.unknownKey",
                FieldReader.preview(value.raw("key")), KEYS));
        return null;
    }

    /** Whole đồng, 0 to {@link RateSetFormat#MAX_AMOUNT}; absent or null is "no figure yet". */
    private static Long amount(FieldReader value, List<ValidationError> errors) {
        JsonNode amount = value.raw("amount");
        if (amount == null) {
            return null;
        }
        String path = value.path("amount");
        if (!amount.isIntegralNumber()) {
            errors.add(ValidationError.of(path, "exchange.rateSet.error.amountNotWhole", FieldReader.preview(amount)));
            return null;
        }
        BigInteger number = amount.bigIntegerValue();
        if (number.signum() < 0) {
            errors.add(ValidationError.of(path, "exchange.rateSet.error.amountNegative", amount.asText()));
            return null;
        }
        if (number.compareTo(BigInteger.valueOf(RateSetFormat.MAX_AMOUNT)) > 0) {
            errors.add(ValidationError.of(path, "exchange.rateSet.error.amountTooLarge", amount.asText(),
                    RateSetFormat.MAX_AMOUNT));
            return null;
        }
        return number.longValue();
    }

    /** A key given twice: the second and later ones are reported, naming where the first is. */
    private static void refuseDuplicates(FieldReader set, List<ValidationError> errors) {
        JsonNode values = set.raw("values");
        if (values == null || !values.isArray()) {
            return;
        }
        Map<RateKey, Integer> first = new EnumMap<>(RateKey.class);
        for (int i = 0; i < values.size(); i++) {
            JsonNode key = values.get(i).get("key");
            RateKey known = key == null || !key.isTextual() ? null : Arrays.stream(RateKey.values())
                    .filter(k -> k.name().equals(key.textValue())).findFirst().orElse(null);
            if (known != null && first.putIfAbsent(known, i) != null) {
                String path = JsonPaths.field(JsonPaths.element(set.path("values"), i), "key");
                errors.add(ValidationError.of(path, "exchange.rateSet.error.duplicateKey", known.name(),
                        JsonPaths.element(set.path("values"), first.get(known))));
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
}
