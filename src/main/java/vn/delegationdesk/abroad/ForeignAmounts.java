package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Vietnamese writing of the estimate's figures: dot between thousands, comma before decimals ("25.345,5"). */
final class ForeignAmounts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ForeignAmounts() {
    }

    /** An exact amount, every decimal kept and none added: 1200 → "1.200", 25345.50 → "25.345,5". */
    static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        BigDecimal stripped = value.stripTrailingZeros();
        format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
        format.setMinimumFractionDigits(0);
        return format.format(stripped);
    }

    static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
