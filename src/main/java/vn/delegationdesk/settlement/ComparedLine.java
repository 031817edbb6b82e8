package vn.delegationdesk.settlement;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One estimate line beside what was actually paid for it, in whole đồng. {@code estimated} is null when the estimate
 * has no price on the line (it then counts as nothing); a cost the estimate did not have has {@code estimated} 0 and
 * an empty key. What was paid is what the rules allow: the part above a cap is not in {@code actual}.
 */
public record ComparedLine(String key, String content, Long estimated, long actual) {

    /** Actual less estimated: negative is a saving, positive an overrun. */
    public long difference() {
        return Math.subtractExact(actual, estimated == null ? 0 : estimated);
    }

    /** The difference as a percentage of the estimate, one decimal; empty when the estimate is nothing. */
    public Optional<BigDecimal> percent() {
        return Percent.of(difference(), estimated == null ? 0 : estimated);
    }
}
