package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The preview of importing a rate-set file: which stored set it would replace, if any, and every difference, so that
 * the user sees each changed figure before anything is replaced.
 *
 * <p>The file replaces the stored set <b>of the same name</b> (names are unique in a store, and an exported set keeps
 * its name); failing that, the one stored set of the same <b>kind, issuer and document number</b> (compared without
 * case and spaces), so a set renamed by either office is still found; failing that, it is added as a new set. Several
 * sets with that document and none with the name: it is added, since guessing which to replace would be wrong.
 *
 * @param fileName the file's name, for messages
 * @param incoming the file's set, without id
 * @param stored   the stored set it replaces; null when it is added
 * @param fields   the set's own fields that differ (name, dates...), in the form's order
 * @param values   every value that differs, in the regulation's order; all the file's values when it is added
 */
public record RateSetChange(String fileName, RateSet incoming, RateSet stored, Match match, List<Field> fields,
        List<RateValueChange> values) {
    /** How the stored set was found. */
    public enum Match { NONE, NAME, DOCUMENT }

    /** A field of the set itself. */
    public enum Field {
        NAME(RateSet::name), ISSUER(RateSet::issuer), DOCUMENT_NUMBER(RateSet::documentNumber), KIND(RateSet::kind),
        EFFECTIVE_FROM(RateSet::effectiveFrom), EFFECTIVE_TO(RateSet::effectiveTo), NOTES(RateSet::notes);

        private final Function<RateSet, Object> read;

        Field(Function<RateSet, Object> read) {
            this.read = read;
        }

        /** The field's value in {@code set} (a text, a {@link RateSetKind}, a date or null). */
        public Object of(RateSet set) {
            return read.apply(set);
        }
    }

    public RateSetChange {
        Objects.requireNonNull(incoming, "incoming");
        fields = List.copyOf(fields);
        values = List.copyOf(values);
    }

    /** Compares the file's set with the stored sets. */
    public static RateSetChange of(String fileName, RateSet incoming, List<RateSet> storedSets) {
        RateSet byName = storedSets.stream().filter(s -> s.name().equalsIgnoreCase(incoming.name())).findFirst().orElse(null);
        List<RateSet> byDocument = incoming.documentNumber().isEmpty() ? List.of()
                : storedSets.stream().filter(s -> sameDocument(s, incoming)).toList();
        RateSet stored = byName != null ? byName : byDocument.size() == 1 ? byDocument.get(0) : null;
        Match match = byName != null ? Match.NAME : stored != null ? Match.DOCUMENT : Match.NONE;
        List<Field> fields = new ArrayList<>();
        if (stored != null) {
            for (Field field : Field.values()) {
                if (!Objects.equals(field.of(stored), field.of(incoming))) {
                    fields.add(field);
                }
            }
        }
        List<RateValueChange> values = new ArrayList<>();
        for (RateKey key : RateKey.values()) {
            RateValue before = stored == null ? null : meaningful(stored, key);
            RateValue after = meaningful(incoming, key);
            if (!Objects.equals(before, after)) {
                values.add(new RateValueChange(key, before, after));
            }
        }
        return new RateSetChange(fileName, incoming, stored, match, fields, values);
    }

    /** True when the file replaces a stored set rather than adding one. */
    public boolean replaces() {
        return stored != null;
    }

    /** True when the file holds exactly the stored set: importing would change nothing. */
    public boolean identical() {
        return stored != null && fields.isEmpty() && values.isEmpty();
    }

    /** The set that confirming stores: the file's set, under the id of the set it replaces (none when added). */
    public RateSet result() {
        RateSet in = incoming;
        return new RateSet(stored == null ? "" : stored.id(), in.name(), in.issuer(), in.documentNumber(), in.kind(),
                in.effectiveFrom(), in.effectiveTo(), in.notes(), in.values());
    }

    /** A value that says nothing (no amount, no basis, not verified) is the same as no value. */
    private static RateValue meaningful(RateSet set, RateKey key) {
        RateValue value = set.value(key).orElse(null);
        return value == null || value.amount() == null && value.basis().isEmpty() && !value.verified() ? null : value;
    }

    private static boolean sameDocument(RateSet a, RateSet b) {
        return a.kind() == b.kind() && squeeze(a.issuer()).equals(squeeze(b.issuer()))
                && squeeze(a.documentNumber()).equals(squeeze(b.documentNumber()));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
