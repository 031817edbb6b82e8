package vn.delegationdesk.budget;

import java.util.List;
import java.util.Objects;

/**
 * A numbered section of the estimate ("I. Chi phí đi lại"). {@code key} names it for manual lines:
 * the kind's name, or "CONFERENCE:" and the conference's id.
 */
public record EstimateSection(String key, String numeral, SectionKind kind, String title, List<BudgetLine> lines) {
    public EstimateSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    public long subtotal() {
        long sum = 0;
        for (BudgetLine line : lines) {
            sum = Math.addExact(sum, line.amount());
        }
        return sum;
    }

    public static String conferenceKey(String conferenceId) {
        return SectionKind.CONFERENCE.name() + ":" + conferenceId;
    }
}
