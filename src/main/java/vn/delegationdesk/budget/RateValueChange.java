package vn.delegationdesk.budget;

import java.util.Objects;

/**
 * What an import does to one value: {@code before} is the stored value (null when the stored set has none for the
 * key), {@code after} the file's (null when only the stored set has it; the import drops it).
 */
public record RateValueChange(RateKey key, RateValue before, RateValue after) {
    /** How the value changes. */
    public enum Kind { ADDED, CHANGED, REMOVED }

    public Kind kind() {
        if (before == null) {
            return Kind.ADDED;
        }
        return after == null ? Kind.REMOVED : Kind.CHANGED;
    }

    /** The amount changes (null = no figure), as opposed to only the basis or the verified flag. */
    public boolean amountChanges() {
        return !Objects.equals(before == null ? null : before.amount(), after == null ? null : after.amount());
    }
}
