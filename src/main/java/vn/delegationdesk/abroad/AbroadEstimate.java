package vn.delegationdesk.abroad;

import java.util.List;
import java.util.Optional;

/**
 * The cost estimate of a trip abroad: its lines in section order, the rate set and exchange rate it used (either may be
 * missing), the calendar it counted, its notes (rates, exchange rate, rounding, counting convention: printed with it)
 * and its warnings. The total is the sum of the lines' whole đồng; while a line is {@link AbroadLine#incomplete()
 * incomplete} the estimate is a draft and the total only what is known.
 */
public record AbroadEstimate(ForeignRateSet rateSet, ExchangeRate exchangeRate, AbroadCalendar calendar,
        List<AbroadLine> lines, List<String> notes, List<AbroadWarning> warnings) {
    public AbroadEstimate {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    /** The sum of the lines in đồng. */
    public long total() {
        long sum = 0;
        for (AbroadLine line : lines) {
            sum = Math.addExact(sum, line.amount());
        }
        return sum;
    }

    public long subtotal(AbroadSection section) {
        long sum = 0;
        for (AbroadLine line : lines(section)) {
            sum = Math.addExact(sum, line.amount());
        }
        return sum;
    }

    public List<AbroadLine> lines(AbroadSection section) {
        return lines.stream().filter(l -> l.section() == section).toList();
    }

    public Optional<AbroadLine> line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** How many lines the total lacks. */
    public int incompleteLines() {
        return (int) lines.stream().filter(AbroadLine::incomplete).count();
    }

    /** A draft while some line has no amount in đồng: a missing rate, price or exchange rate. */
    public boolean draft() {
        return incompleteLines() > 0;
    }
}
