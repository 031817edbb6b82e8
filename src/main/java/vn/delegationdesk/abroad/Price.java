package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A price the user types from a quotation (a fare, a visa fee), exact, in its currency: "450 USD", "1.200.000 VND". */
public record Price(BigDecimal amount, Currency currency) {
    public Price {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative price " + amount);
        }
    }

    public static Price of(String amount, String currencyCode) {
        return new Price(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }
}
