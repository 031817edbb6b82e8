package vn.delegationdesk.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A delegation's cost estimate ("Dự toán kinh phí"): its sections in order, the rates it used and what
 * needs checking. The grand total is the sum of the section subtotals, which are the sums of their lines.
 */
public record Estimate(String title, LocalDate startDate, LocalDate endDate, RateBook rates,
        List<EstimateSection> sections, List<EstimateWarning> warnings) {
    public Estimate {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    public long total() {
        long sum = 0;
        for (EstimateSection section : sections) {
            sum = Math.addExact(sum, section.subtotal());
        }
        return sum;
    }

    /**
     * How many lines {@link BudgetLine#needsPrice() need a price} not typed yet (as many as the estimate's warnings
     * about them): while there is one, the total is partial and the estimate a draft.
     */
    public int unpricedLines() {
        return (int) sections.stream().flatMap(s -> s.lines().stream()).filter(BudgetLine::needsPrice).count();
    }

    /** Whether every line has its unit price, so that the total is the whole estimate. */
    public boolean complete() {
        return unpricedLines() == 0;
    }

    public String totalInWords() {
        return AmountInWords.of(total());
    }

    public Optional<EstimateSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<BudgetLine> line(String key) {
        return sections.stream().flatMap(s -> s.lines().stream()).filter(l -> l.key().equals(key)).findFirst();
    }
}
