package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import vn.delegationdesk.common.Texts;

/**
 * The exchange rate an estimate abroad uses, entered with the estimate and printed with it: how many đồng one unit of
 * {@code currency} is worth on {@code date}, and where the figure comes from ({@code source}, such as the bank the rule
 * names). Which bank and which day the rule asks for is not verified (docs/abroad.md); the user states both.
 */
public record ExchangeRate(Currency currency, BigDecimal vndPerUnit, LocalDate date, String source) {
    /** Foreign amounts become whole đồng once per line, half a đồng and more rounded up. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public ExchangeRate {
        source = Texts.clean(source);
    }

    /**
     * {@code amount} of this rate's currency in whole đồng, rounded once ({@link #ROUNDING}).
     *
     * @throws ArithmeticException if the result does not fit a long
     */
    public long toDong(BigDecimal amount) {
        return amount.multiply(vndPerUnit).setScale(0, ROUNDING).longValueExact();
    }
}
