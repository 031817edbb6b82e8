package vn.delegationdesk.reading.delegation;

import java.util.List;
import java.util.Objects;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.reading.Gap;
import vn.delegationdesk.reading.Placement;
import vn.delegationdesk.reading.UnplacedPassage;

/**
 * What a delegation plan (seed 000's kind) was read into: the delegation as far as it could be built, with its groups
 * and their seats but no people (a plan names none), the gaps the user must complete or check, every passage nothing
 * was taken from, and which passage fed which field.
 */
public record DelegationDraft(Delegation delegation, List<Gap> gaps, List<UnplacedPassage> unplaced, List<Placement> placements) {
    public DelegationDraft {
        Objects.requireNonNull(delegation, "delegation");
        gaps = List.copyOf(gaps);
        unplaced = List.copyOf(unplaced);
        placements = List.copyOf(placements);
    }

    /** The fields the user must complete or check before storing, in the order found, each once. */
    public List<String> fieldsToComplete() {
        return gaps.stream().map(Gap::field).distinct().toList();
    }
}
