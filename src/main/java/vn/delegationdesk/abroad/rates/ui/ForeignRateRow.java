package vn.delegationdesk.abroad.rates.ui;

import java.math.BigDecimal;
import java.util.List;
import vn.delegationdesk.platform.i18n.VietnameseDecimals;

/**
 * One rate of the foreign rate set in the editor: the country code or group code, the countries of a group, the name,
 * the currency code, the per diem and the lodging cap (null = not entered yet, exact), the basis and whether it was checked.
 */
public record ForeignRateRow(String code, List<String> countries, String name, String currency, BigDecimal perDiem,
        BigDecimal lodgingCap, String basis, boolean verified) {
    public ForeignRateRow {
        countries = List.copyOf(countries);
    }

    /** "FR, DE, IT", or "" for a single country. */
    public String countriesText() {
        return String.join(", ", countries);
    }

    /** "45,5", or "" while not entered. */
    public String perDiemText() {
        return VietnameseDecimals.format(perDiem);
    }

    /** "45,5", or "" while not entered. */
    public String lodgingCapText() {
        return VietnameseDecimals.format(lodgingCap);
    }
}
