package vn.delegationdesk.abroad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The preview of importing a foreign rate-set file, before anything is replaced: the set's own fields that differ and
 * every country or group added, removed or changed (per diem "60 USD → 65 USD", lodging cap, basis, verified flag).
 * The file is the whole set, not a patch: a country only the stored set has is removed. Pure: the caller (the store's
 * service, the dialog) finds the stored set with {@link #storedMatch}, shows the preview, and stores {@link #result()}
 * on confirmation.
 *
 * @param fileName the file's name, for messages
 * @param incoming the file's set, without id
 * @param stored   the stored set it replaces; null when it is added
 * @param fields   the set's own fields that differ, in the form's order
 * @param rates    the file's countries added or changed in the file's order, then the removed ones in the stored order
 */
public record ForeignRateSetChange(String fileName, ForeignRateSet incoming, ForeignRateSet stored, List<Field> fields,
        List<CountryRateChange> rates) {
    /** A field of the set itself. */
    public enum Field {
        NAME(ForeignRateSet::name), DOCUMENT_NUMBER(ForeignRateSet::documentNumber),
        EFFECTIVE_FROM(ForeignRateSet::effectiveFrom), EFFECTIVE_TO(ForeignRateSet::effectiveTo), NOTES(ForeignRateSet::notes);

        private final Function<ForeignRateSet, Object> read;

        Field(Function<ForeignRateSet, Object> read) {
            this.read = read;
        }

        /** The field's value in {@code set} (a text, a date or null). */
        public Object of(ForeignRateSet set) {
            return read.apply(set);
        }
    }

    public ForeignRateSetChange {
        Objects.requireNonNull(incoming, "incoming");
        fileName = fileName == null ? "" : fileName;
        fields = List.copyOf(fields);
        rates = List.copyOf(rates);
    }

    /** Compares the file's set with {@code stored} (null: the file's set is added, every country of it listed). */
    public static ForeignRateSetChange of(String fileName, ForeignRateSet incoming, ForeignRateSet stored) {
        List<Field> fields = new ArrayList<>();
        List<CountryRateChange> rates = new ArrayList<>();
        Map<String, CountryRate> before = new LinkedHashMap<>();
        if (stored != null) {
            for (Field field : Field.values()) {
                if (!Objects.equals(field.of(stored), field.of(incoming))) {
                    fields.add(field);
                }
            }
            stored.rates().forEach(r -> before.putIfAbsent(r.code(), r));
        }
        for (CountryRate after : incoming.rates()) {
            CountryRate was = before.remove(after.code());
            if (was == null || !CountryRateChange.differences(was, after).isEmpty()) {
                rates.add(new CountryRateChange(after.code(), was, after));
            }
        }
        before.values().forEach(was -> rates.add(new CountryRateChange(was.code(), was, null)));
        return new ForeignRateSetChange(fileName, incoming, stored, fields, rates);
    }

    /**
     * The stored set the file replaces: the one of the same name (compared without case), else the one stored set of the
     * same document number (compared without case and spaces; the built-in sets are found by it when renamed); null when
     * there is none, or several of that number and none of the name (guessing which would be wrong).
     */
    public static ForeignRateSet storedMatch(ForeignRateSet incoming, List<ForeignRateSet> storedSets) {
        ForeignRateSet byName = storedSets.stream().filter(s -> s.name().equalsIgnoreCase(incoming.name())).findFirst()
                .orElse(null);
        if (byName != null || incoming.documentNumber().isEmpty()) {
            return byName;
        }
        List<ForeignRateSet> byDocument = storedSets.stream()
                .filter(s -> squeeze(s.documentNumber()).equals(squeeze(incoming.documentNumber()))).toList();
        return byDocument.size() == 1 ? byDocument.get(0) : null;
    }

    /** True when the file replaces a stored set rather than adding one. */
    public boolean replaces() {
        return stored != null;
    }

    /** True when the file holds exactly the stored set: importing would change nothing. */
    public boolean identical() {
        return stored != null && fields.isEmpty() && rates.isEmpty();
    }

    /** How many countries or groups change in the way of {@code kind}. */
    public long count(CountryRateChange.Kind kind) {
        return rates.stream().filter(r -> r.kind() == kind).count();
    }

    /**
     * The set that confirming stores: the file's set whole, under the id of the set it replaces (blank when added, for
     * the store to give one).
     */
    public ForeignRateSet result() {
        ForeignRateSet in = incoming;
        return new ForeignRateSet(stored == null ? "" : stored.id(), in.name(), in.documentNumber(), in.effectiveFrom(),
                in.effectiveTo(), in.notes(), in.rates());
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
