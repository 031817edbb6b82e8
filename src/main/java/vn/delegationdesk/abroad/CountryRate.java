package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * The caps of one country, or of a group of countries, in a {@link ForeignRateSet}: the per diem (tiền ăn và tiêu vặt,
 * per person per day) and the lodging cap (tiền thuê chỗ ở, per person per night), in {@code currency}, each null
 * while nobody has entered the figure from the circular's Phụ lục. {@code code} is an ISO 3166-1 alpha-2 country code
 * ("KR") or, for a group, a code of the set's own ("NHOM-1") with the countries it covers in {@code countries}
 * (empty for a single country). {@code basis} is what the estimate prints as the line's basis; {@code verified} says
 * whether the figure was checked against the legal text (an unverified figure is used, and the estimate warns).
 */
public record CountryRate(String code, String name, List<String> countries, Currency currency, BigDecimal perDiem,
        BigDecimal lodgingCap, String basis, boolean verified) {
    public CountryRate {
        code = Texts.clean(code).toUpperCase(Locale.ROOT);
        name = Texts.clean(name);
        countries = Texts.cleanAll(countries).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        Objects.requireNonNull(currency, "currency");
        requireNotNegative(perDiem, "perDiem");
        requireNotNegative(lodgingCap, "lodgingCap");
        basis = Texts.clean(basis);
    }

    /** A single country's caps. */
    public static CountryRate country(String countryCode, String name, Currency currency, BigDecimal perDiem,
            BigDecimal lodgingCap, String basis, boolean verified) {
        return new CountryRate(countryCode, name, List.of(), currency, perDiem, lodgingCap, basis, verified);
    }

    /** Whether these caps apply to the country: it is the country itself, or a group that lists it. */
    public boolean covers(String countryCode) {
        return countries.isEmpty() ? code.equals(countryCode) : countries.contains(countryCode);
    }

    private static void requireNotNegative(BigDecimal value, String what) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("negative " + what + " " + value);
        }
    }
}
