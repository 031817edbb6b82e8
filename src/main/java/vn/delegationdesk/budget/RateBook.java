package vn.delegationdesk.budget;

import java.util.Optional;

/**
 * The rates one estimate uses: a national set and, optionally, a local resolution whose figures
 * override the national ones where the local set has them.
 */
public record RateBook(RateSet national, RateSet local) {

    public static RateBook none() {
        return new RateBook(null, null);
    }

    public ResolvedRate resolve(RateKey key) {
        Optional<ResolvedRate> fromLocal = from(local, key).filter(ResolvedRate::known);
        return fromLocal.or(() -> from(national, key)).orElse(new ResolvedRate(key, null, "", false, ""));
    }

    private static Optional<ResolvedRate> from(RateSet set, RateKey key) {
        if (set == null) {
            return Optional.empty();
        }
        return set.value(key).map(v -> new ResolvedRate(key, v.amount(), v.basis(), v.verified(), set.name()));
    }

    /** The names of the sets in use, as the estimate prints them ("Thông tư 12/2025/TT-BTC + NQ 05/2025"). */
    public String describe() {
        if (national == null && local == null) {
            return "";
        }
        if (local == null) {
            return national.name();
        }
        return national == null ? local.name() : national.name() + " + " + local.name();
    }
}
