package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * One line of an estimate abroad: quantity × times × unit price, computed exactly in the price's {@code currency}, then
 * converted once to whole đồng ({@code amountVnd}, rounding {@link ExchangeRate#ROUNDING}). {@code unitPrice} is null
 * while unknown (a country without a rate, a fare not typed); {@code amountVnd} is null while the line cannot be
 * converted, and {@code note} then says why ("Chưa có mức phụ cấp của Hàn Quốc …"), never 0. When converted, the note
 * shows the conversion and its rounding.
 */
public record AbroadLine(String key, AbroadSection section, String content, String unit, long quantity, long times,
        Currency currency, BigDecimal unitPrice, Long amountVnd, String basis, String note, boolean optional) {
    public AbroadLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(section, "section");
        content = Texts.clean(content);
        unit = Texts.clean(unit);
        basis = Texts.clean(basis);
        note = Texts.clean(note);
    }

    /** Quantity × times × unit price in the line's currency, exact; null while the unit price is unknown. */
    public BigDecimal foreignAmount() {
        return unitPrice == null ? null : unitPrice.multiply(BigDecimal.valueOf(quantity)).multiply(BigDecimal.valueOf(times));
    }

    /** The line's whole đồng, 0 while it has none (it then {@link #incomplete() leaves the total incomplete}). */
    public long amount() {
        return amountVnd == null ? 0L : amountVnd;
    }

    /**
     * Whether the total lacks this line: it counts something and has no amount in đồng, unless it is an optional line
     * ("nếu có") nobody priced.
     */
    public boolean incomplete() {
        return amountVnd == null && quantity > 0 && times > 0 && (!optional || unitPrice != null);
    }
}
