package vn.delegationdesk.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateSection;

/**
 * The estimate against what was actually paid ("dự toán – thực hiện"): every estimate line, section by section, beside
 * its actual cost, then the costs the estimate did not have. An actual line counts under the estimate line it names
 * ({@link ActualLine#estimateKey()}) at what the rules allow (its cost less what is not reimbursed); per diem counts
 * under the estimate's per diem line, flat lodging under the stop's flat line. The totals are the exact sums of the
 * lines, so a printed "Cộng" always equals its rows.
 */
public record EstimateComparison(List<ComparedSection> sections, List<ComparedLine> unplanned) {
    /** The estimate's per diem line ({@code budget.EstimateCalculator}). */
    static final String PER_DIEM_KEY = "perDiem";

    public EstimateComparison {
        sections = List.copyOf(sections);
        unplanned = List.copyOf(unplanned);
    }

    public static EstimateComparison of(Estimate estimate, Settlement settlement, SettlementSheet sheet) {
        Map<String, Long> paid = new HashMap<>(sheet.flatLodging());
        paid.merge(PER_DIEM_KEY, sheet.totals().perDiem(), Math::addExact);
        Map<String, Long> planned = new HashMap<>();
        estimate.sections().forEach(s -> s.lines().forEach(l -> planned.put(l.key(), 0L)));
        Map<Integer, Long> disallowed = new HashMap<>();
        sheet.disallowances().forEach(d -> disallowed.merge(d.lineIndex(), d.amount(), Math::addExact));
        List<ComparedLine> unplanned = new ArrayList<>();
        for (int i = 0; i < settlement.lines().size(); i++) {
            ActualLine line = settlement.lines().get(i);
            long allowed = Math.subtractExact(line.cost(), Math.min(line.cost(), disallowed.getOrDefault(i, 0L)));
            if (!line.free() && planned.containsKey(line.estimateKey())) {
                paid.merge(line.estimateKey(), allowed, Math::addExact);
            } else {
                unplanned.add(new ComparedLine("", line.content(), 0L, allowed));
            }
        }
        List<ComparedSection> sections = new ArrayList<>();
        for (EstimateSection section : estimate.sections()) {
            List<ComparedLine> lines = new ArrayList<>();
            for (BudgetLine line : section.lines()) {
                lines.add(new ComparedLine(line.key(), line.content(), line.priced() ? line.amount() : null,
                        paid.getOrDefault(line.key(), 0L)));
            }
            sections.add(new ComparedSection(section.key(), section.numeral(), section.title(), lines));
        }
        return new EstimateComparison(sections, unplanned);
    }

    /** The estimate's total (lines without a price count as nothing). */
    public long estimated() {
        long sum = 0;
        for (ComparedSection section : sections) {
            sum = Math.addExact(sum, section.estimated());
        }
        return sum;
    }

    /** All that was paid: the sections' and the unplanned costs. */
    public long actual() {
        long sum = actual(unplanned);
        for (ComparedSection section : sections) {
            sum = Math.addExact(sum, section.actual());
        }
        return sum;
    }

    /** Actual less estimated: negative is a saving. */
    public long difference() {
        return Math.subtractExact(actual(), estimated());
    }

    public Optional<BigDecimal> percent() {
        return Percent.of(difference(), estimated());
    }

    static long estimated(List<ComparedLine> lines) {
        long sum = 0;
        for (ComparedLine line : lines) {
            sum = Math.addExact(sum, line.estimated() == null ? 0 : line.estimated());
        }
        return sum;
    }

    static long actual(List<ComparedLine> lines) {
        long sum = 0;
        for (ComparedLine line : lines) {
            sum = Math.addExact(sum, line.actual());
        }
        return sum;
    }
}
