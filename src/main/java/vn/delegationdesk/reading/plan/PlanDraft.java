package vn.delegationdesk.reading.plan;

import java.util.List;
import java.util.Objects;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.UnplacedPassage;

/**
 * What a plan document was read into: the plan as far as it could be built (it need not pass the validator), the
 * gaps the user must complete or check, every passage nothing was taken from, in the source's order, and which passage
 * fed which field.
 */
public record PlanDraft(Plan plan, List<Gap> gaps, List<UnplacedPassage> unplaced, List<Placement> placements) {
    public PlanDraft {
        Objects.requireNonNull(plan, "plan");
        gaps = List.copyOf(gaps);
        unplaced = List.copyOf(unplaced);
        placements = List.copyOf(placements);
    }

    /** The fields the user must complete or check before storing, in the order found, each once. */
    public List<String> fieldsToComplete() {
        return gaps.stream().map(Gap::field).distinct().toList();
    }
}
