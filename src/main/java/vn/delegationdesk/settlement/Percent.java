package vn.delegationdesk.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A difference as a percentage of its estimate, to one decimal; none when the estimate is nothing. */
final class Percent {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    static Optional<BigDecimal> of(long difference, long estimated) {
        if (estimated == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(difference).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(estimated), 1, RoundingMode.HALF_UP));
    }
}
