package vn.delegationdesk.abroad.ui;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.delegationdesk.abroad.ExchangeRate;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDateParser;

/**
 * The values typed in the tab read as the trip's values: dates (dd/MM/yyyy), local date-times (dd/MM/yyyy HH:mm), time
 * zones (an IANA id, or a label of {@link ZoneChoices}), the exchange rate as a Vietnamese decimal ("25.345,5"). What
 * cannot be read is added to {@code found}, naming its field, and read as null, so every problem of the tab is listed
 * at once.
 */
final class TypedValues {
    private static final DateTimeFormatter DATE_TIME_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d+)?|\\d+(,\\d+)?");
    private final Messages messages;

    TypedValues(Messages messages) {
        this.messages = messages;
    }

    /** The exchange rate typed, or null when nothing of it is; each unreadable part named in {@code found}. */
    ExchangeRate rate(String currencyText, String valueText, String dateText, String source, List<String> found) {
        if (valueText.isBlank() && dateText.isBlank() && source.isBlank()) {
            return null;
        }
        Currency currency = null;
        String code = currencyText.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            found.add(messages.get("validation.abroad.required", Phrase.of("abroad.field.rate.currency")));
        } else {
            try {
                currency = Currency.getInstance(code);
            } catch (IllegalArgumentException notCurrency) {
                found.add(messages.get("ui.abroad.parse.currency", Phrase.of("abroad.field.rate.currency"), currencyText));
            }
        }
        Phrase valueField = Phrase.of("abroad.field.rate.value", currency == null ? code : currency.getCurrencyCode());
        BigDecimal value = null;
        String typed = valueText.strip();
        if (typed.isEmpty()) {
            found.add(messages.get("validation.abroad.required", valueField));
        } else if (!DECIMAL.matcher(typed).matches()) {
            found.add(messages.get("ui.abroad.parse.number", valueField, typed));
        } else {
            value = new BigDecimal(typed.replace(".", "").replace(',', '.'));
        }
        LocalDate day = date(dateText, Phrase.of("abroad.field.rate.date"), found);
        return new ExchangeRate(currency, value, day, source);
    }

    LocalDate date(String text, Phrase field, List<String> found) {
        if (text.isBlank()) {
            return null;
        }
        Optional<LocalDate> day = VietnameseDateParser.parse(text);
        if (day.isEmpty()) {
            found.add(messages.get("ui.abroad.parse.date", field, text.strip()));
        }
        return day.orElse(null);
    }

    LocalDateTime dateTime(String text, Phrase field, List<String> found) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replaceAll("\\s+", " "), DATE_TIME_INPUT);
        } catch (DateTimeParseException notTime) {
            found.add(messages.get("ui.abroad.parse.dateTime", field, text.strip()));
            return null;
        }
    }

    ZoneId zone(String text, Phrase field, List<String> found) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(ZoneChoices.idOf(text));
        } catch (DateTimeException notZone) {
            found.add(messages.get("ui.abroad.parse.zone", field, text.strip()));
            return null;
        }
    }
}
