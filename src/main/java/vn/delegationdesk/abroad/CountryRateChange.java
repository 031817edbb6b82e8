package vn.delegationdesk.abroad;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What importing a foreign rate set does to one country or group, keyed by its {@code code}: {@code before} is the
 * stored caps (null when the stored set has none), {@code after} the file's (null when only the stored set has them;
 * the import drops them). Amounts compare by value: 60.5 and 60.50 are the same cap.
 */
public record CountryRateChange(String code, CountryRate before, CountryRate after) {
    /** How the country's caps change. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** What differs between the stored caps and the file's, in the order the preview lists them. */
    public enum Attribute { NAME, COUNTRIES, CURRENCY, PER_DIEM, LODGING_CAP, BASIS, VERIFIED }

    public CountryRateChange {
        Objects.requireNonNull(code, "code");
        if (before == null && after == null) {
            throw new IllegalArgumentException("a change needs a side");
        }
    }

    public Kind kind() {
        if (before == null) {
            return Kind.ADDED;
        }
        return after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    /** The caps as the preview names them: the file's when it has them, else the stored ones. */
    public CountryRate shown() {
        return after != null ? after : before;
    }

    /** What differs; empty when added or removed, and when nothing differs. */
    public List<Attribute> attributes() {
        if (before == null || after == null) {
            return List.of();
        }
        return differences(before, after);
    }

    /**
     * What differs between two caps of one code: amounts by value, an amount in another currency differs, a group's
     * countries in any order.
     */
    static List<Attribute> differences(CountryRate a, CountryRate b) {
        List<Attribute> found = new ArrayList<>();
        if (!a.name().equals(b.name())) {
            found.add(Attribute.NAME);
        }
        if (!Set.copyOf(a.countries()).equals(Set.copyOf(b.countries()))) {
            found.add(Attribute.COUNTRIES);
        }
        boolean sameCurrency = a.currency().equals(b.currency());
        if (!sameCurrency) {
            found.add(Attribute.CURRENCY);
        }
        if (!sameAmount(a.perDiem(), b.perDiem(), sameCurrency)) {
            found.add(Attribute.PER_DIEM);
        }
        if (!sameAmount(a.lodgingCap(), b.lodgingCap(), sameCurrency)) {
            found.add(Attribute.LODGING_CAP);
        }
        if (!a.basis().equals(b.basis())) {
            found.add(Attribute.BASIS);
        }
        if (a.verified() != b.verified()) {
            found.add(Attribute.VERIFIED);
        }
        return found;
    }

    /**
     * An amount as the preview writes it: Vietnamese digits and its currency ("60 USD", "60,5 USD", "1.200 JPY"), every
     * decimal as typed but trailing zeros left off; null when there is no figure.
     */
    public static String money(BigDecimal amount, Currency currency) {
        return amount == null ? null : ForeignAmounts.number(amount) + " " + currency.getCurrencyCode();
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b, boolean sameCurrency) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameCurrency && a.compareTo(b) == 0;
    }
}
