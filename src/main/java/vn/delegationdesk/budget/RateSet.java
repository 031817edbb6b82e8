package vn.delegationdesk.budget;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Texts;

/**
 * One regulation's values ("Bộ định mức"): issuer, document number and the dates it is in force
 * ({@code effectiveTo} null while it still is). A value missing from {@link #values()} is unknown.
 */
public record RateSet(
        String id,
        String name,
        String issuer,
        String documentNumber,
        RateSetKind kind,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String notes,
        List<RateValue> values) {
    public RateSet {
        id = Texts.clean(id);
        name = Texts.clean(name);
        issuer = Texts.clean(issuer);
        documentNumber = Texts.clean(documentNumber);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        notes = Texts.clean(notes);
        values = List.copyOf(values);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public Optional<RateValue> value(RateKey key) {
        return values.stream().filter(v -> v.key() == key).findFirst();
    }

    /** The values by key, for editors and lookups. */
    public Map<RateKey, RateValue> valuesByKey() {
        Map<RateKey, RateValue> byKey = new EnumMap<>(RateKey.class);
        values.forEach(v -> byKey.put(v.key(), v));
        return byKey;
    }

    public RateSet withValues(List<RateValue> newValues) {
        return new RateSet(id, name, issuer, documentNumber, kind, effectiveFrom, effectiveTo, notes, newValues);
    }
}
