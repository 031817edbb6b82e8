package vn.delegationdesk.exchange.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import vn.delegationdesk.common.ValidationError;

/**
 * Typed access to the fields of one JSON object that records every problem instead of stopping at the
 * first, so that a clerk fixing a file sees all its errors at once. A field that is absent or JSON
 * {@code null} is "not given": optional fields then take their default, required ones are reported.
 * A wrong value is reported and replaced by a placeholder so that decoding can go on; the decoded
 * delegation is never used when any error was recorded.
 *
 * <p>A reader over something that is not an object is "silent": the problem was reported once for the
 * object, so its fields are not reported again one by one.
 */
public final class FieldReader {
    /** Placeholder for a required date that is missing or wrong; never reaches the store. */
    public static final LocalDate PLACEHOLDER_DATE = LocalDate.EPOCH;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    private static final Pattern CLOCK_TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final int PREVIEW_LENGTH = 40;

    private final JsonNode node;
    private final String path;
    private final List<ValidationError> errors;

    private FieldReader(JsonNode node, String path, List<ValidationError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** A reader over {@code value}, which must be a JSON object; anything else is reported once. */
    public static FieldReader of(JsonNode value, String path, List<ValidationError> errors) {
        if (value != null && value.isObject()) {
            return new FieldReader(value, path, errors);
        }
        errors.add(ValidationError.of(path, "exchange.error.expectedObject", preview(value)));
        return new FieldReader(null, path, errors);
    }

    public String path() {
        return path;
    }

    /** Where this reader records problems, for decoders that check more than a field's type. */
    public List<ValidationError> errors() {
        return errors;
    }

    public String path(String name) {
        return JsonPaths.field(path, name);
    }

    /** The names of the object's fields as written; none for a silent reader. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The raw value of a field, or null when absent or JSON null. */
    public JsonNode raw(String name) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /** A nested object; when absent its fields take their defaults, as if it were {@code {}}. */
    public FieldReader object(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            return new FieldReader(null, path(name), errors);
        }
        return of(value, path(name), errors);
    }

    public String requiredText(String name) {
        JsonNode value = required(name);
        return value == null ? "" : orDefault(text(value, path(name)), "");
    }

    public String text(String name) {
        JsonNode value = raw(name);
        return value == null ? "" : orDefault(text(value, path(name)), "");
    }

    public int requiredInt(String name) {
        JsonNode value = required(name);
        return value == null ? 0 : orDefault(integer(value, path(name)), 0);
    }

    public Integer optionalInt(String name) {
        JsonNode value = raw(name);
        return value == null ? null : integer(value, path(name));
    }

    /**
     * A decimal as written (its scale kept), refused when its magnitude exceeds {@code largest}: a store column
     * keeps a fixed number of digits, and an absurd exponent ({@code 1e999999999}) must be refused before any
     * arithmetic expands it.
     */
    public BigDecimal optionalDecimal(String name, BigDecimal largest) {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            return wrongType(path(name), "exchange.error.expectedNumber", value);
        }
        BigDecimal decimal = value.decimalValue();
        if (decimal.abs().compareTo(largest) > 0) {
            errors.add(ValidationError.of(path(name), "exchange.error.decimalOutOfRange", value.asText(), largest.toPlainString()));
            return null;
        }
        return decimal;
    }

    /** A whole number from 0 to {@code Long.MAX_VALUE}, such as an amount in đồng; null when not given. */
    public Long optionalWhole(String name) {
        JsonNode value = raw(name);
        return value == null ? null : whole(value, path(name));
    }

    public long requiredWhole(String name) {
        JsonNode value = required(name);
        return value == null ? 0L : orDefault(whole(value, path(name)), 0L);
    }

    /** Like {@link #optionalInt(String)}, refusing a negative value. */
    public Integer optionalCount(String name) {
        Integer value = optionalInt(name);
        if (value != null && value < 0) {
            errors.add(ValidationError.of(path(name), "exchange.error.negativeNumber", value.toString()));
            return null;
        }
        return value;
    }

    public boolean requiredBoolean(String name) {
        JsonNode value = required(name);
        return value != null && orDefault(bool(value, path(name)), false);
    }

    public boolean bool(String name) {
        JsonNode value = raw(name);
        return value != null && orDefault(bool(value, path(name)), false);
    }

    public LocalDate requiredDate(String name) {
        JsonNode value = required(name);
        return value == null ? PLACEHOLDER_DATE : orDefault(date(value, path(name)), PLACEHOLDER_DATE);
    }

    public LocalDate optionalDate(String name) {
        JsonNode value = raw(name);
        return value == null ? null : date(value, path(name));
    }

    /** A clock time written "HH:mm" on the 24-hour clock ("08:00", "14:30"); null when not given. */
    public LocalTime optionalTime(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && CLOCK_TIME.matcher(value.textValue()).matches()) {
            return LocalTime.parse(value.textValue());
        }
        return wrongType(path(name), "exchange.error.expectedTime", value);
    }

    /** A day of the year written "MM-dd" ("06-20": before 20 June each year); null when not given. */
    public MonthDay optionalMonthDay(String name) {
        JsonNode value = raw(name);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && MONTH_DAY.matcher(value.textValue()).matches()) {
            try {
                return MonthDay.parse("--" + value.textValue());
            } catch (DateTimeParseException e) {
                return wrongType(path(name), "exchange.error.expectedMonthDay", value);
            }
        }
        return wrongType(path(name), "exchange.error.expectedMonthDay", value);
    }

    /** Like {@link #optionalMonthDay(String)}, reporting a day that is not given; null when missing or wrong. */
    public MonthDay requiredMonthDay(String name) {
        return required(name) == null ? null : optionalMonthDay(name);
    }

    /** {@code placeholder} stands in for a missing or unknown value; choose one no rule objects to. */
    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type, E placeholder) {
        JsonNode value = required(name);
        return value == null ? placeholder : orDefault(constant(value, path(name), type), placeholder);
    }

    public <E extends Enum<E>> E optionalEnum(String name, Class<E> type, E defaultValue) {
        JsonNode value = raw(name);
        return value == null ? defaultValue : orDefault(constant(value, path(name), type), defaultValue);
    }

    /**
     * A list of objects. Every element yields a value, a placeholder when it is broken, so that indices
     * in later validator errors still match the file.
     */
    public <T> List<T> objects(String name, Function<FieldReader, T> decode) {
        return array(name, (value, elementPath) -> decode.apply(of(value, elementPath, errors)));
    }

    public List<String> texts(String name) {
        return array(name, (value, elementPath) -> orDefault(text(value, elementPath), ""));
    }

    /** A list of enum constants; unknown ones are reported and left out. */
    public <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        List<E> values = new ArrayList<>(array(name, (value, elementPath) -> constant(value, elementPath, type)));
        values.removeIf(v -> v == null);
        return values;
    }

    /**
     * An object whose field names are keys chosen by the application (a stop's place, an estimate line's key) and
     * whose values are objects, in the order written.
     */
    public <T> Map<String, T> objectMap(String name, Function<FieldReader, T> decode) {
        JsonNode value = raw(name);
        Map<String, T> entries = new LinkedHashMap<>();
        if (value == null) {
            return entries;
        }
        if (!value.isObject()) {
            wrongType(path(name), "exchange.error.expectedObject", value);
            return entries;
        }
        value.fields().forEachRemaining(e -> entries.put(e.getKey(),
                decode.apply(of(e.getValue(), JsonPaths.field(path(name), e.getKey()), errors))));
        return entries;
    }

    private <T> List<T> array(String name, BiFunction<JsonNode, String, T> element) {
        JsonNode value = raw(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            wrongType(path(name), "exchange.error.expectedArray", value);
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(element.apply(value.get(i), JsonPaths.element(path(name), i)));
        }
        return items;
    }

    private JsonNode required(String name) {
        JsonNode value = raw(name);
        if (value == null && node != null) {
            errors.add(ValidationError.of(path(name), "exchange.error.missingField"));
        }
        return value;
    }

    private String text(JsonNode value, String at) {
        return value.isTextual() ? value.textValue() : wrongType(at, "exchange.error.expectedString", value);
    }

    private Integer integer(JsonNode value, String at) {
        if (!value.isIntegralNumber()) {
            return notInteger(value, at);
        }
        if (!value.canConvertToInt()) {
            errors.add(ValidationError.of(at, "exchange.error.integerOutOfRange", value.asText()));
            return null;
        }
        return value.intValue();
    }

    private Long whole(JsonNode value, String at) {
        if (!value.isIntegralNumber()) {
            return notInteger(value, at);
        }
        if (value.bigIntegerValue().signum() < 0) {
            errors.add(ValidationError.of(at, "exchange.error.negativeNumber", value.asText()));
            return null;
        }
        if (!value.canConvertToLong()) {
            errors.add(ValidationError.of(at, "exchange.error.wholeTooLarge", value.asText(), Long.MAX_VALUE));
            return null;
        }
        return value.longValue();
    }

    /** A number with a fraction or an exponent ({@code 37.0}, {@code 1e400}) is named as such, not as "not a number". */
    private <T> T notInteger(JsonNode value, String at) {
        return wrongType(at, value.isNumber() ? "exchange.error.integerWritten" : "exchange.error.expectedInteger", value);
    }

    private Boolean bool(JsonNode value, String at) {
        return value.isBoolean() ? value.booleanValue() : wrongType(at, "exchange.error.expectedBoolean", value);
    }

    /** Strictly yyyy-MM-dd and a real day: "2025-02-30" and "14/10/2025" are both refused. */
    private LocalDate date(JsonNode value, String at) {
        if (value.isTextual() && ISO_DATE.matcher(value.textValue()).matches()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                return wrongType(at, "exchange.error.expectedDate", value);
            }
        }
        return wrongType(at, "exchange.error.expectedDate", value);
    }

    private <E extends Enum<E>> E constant(JsonNode value, String at, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value.isTextual()) {
            for (E candidate : type.getEnumConstants()) {
                if (candidate.name().equals(value.textValue())) {
                    return candidate;
                }
            }
        }
        errors.add(ValidationError.of(at, "exchange.error.unknownEnum", preview(value), allowed));
        return null;
    }

    private <T> T wrongType(String at, String messageKey, JsonNode value) {
        errors.add(ValidationError.of(at, messageKey, preview(value)));
        return null;
    }

    private static <T> T orDefault(T value, T defaultValue) {
        return value == null ? defaultValue : value;
    }

    /** A short rendering of a wrong value for messages: strings quoted and cut, containers abbreviated. */
    public static String preview(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "null";
        }
        if (value.isObject()) {
            return "{…}";
        }
        if (value.isArray()) {
            return "[…]";
        }
        if (value.isTextual()) {
            String text = value.textValue();
            if (text.codePointCount(0, text.length()) > PREVIEW_LENGTH) {
                text = text.substring(0, text.offsetByCodePoints(0, PREVIEW_LENGTH)) + "…";
            }
            return "\"" + text + "\"";
        }
        return value.asText();
    }
}
