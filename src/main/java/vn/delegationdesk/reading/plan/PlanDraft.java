package vn.delegationdesk.reading.plan;

import java.util.List;
import java.util.Objects;
import vn.delegationdesk.plan.Plan;

/**
 * What a plan document was read into: the plan as far as it could be built (it need not pass the validator), the
 * gaps the user must complete or check, and every passage nothing was taken from, in the source's order.
 */
public record PlanDraft(Plan plan, List<Gap> gaps, List<UnplacedPassage> unplaced) {
    public PlanDraft {
        Objects.requireNonNull(plan, "plan");
        gaps = List.copyOf(gaps);
        unplaced = List.copyOf(unplaced);
    }

    /** The fields the user must complete or check before storing, in the order found, each once. */
    public List<String> fieldsToComplete() {
        return gaps.stream().map(Gap::field).distinct().toList();
    }
}
