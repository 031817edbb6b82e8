package vn.delegationdesk.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.delegationdesk.common.ValidationError;

/** Checks a rate set before it is stored; messages are keys of the "budget.rateSet.*" family. */
final class RateSetValidator {
    private RateSetValidator() {
    }

    static List<ValidationError> validate(RateSet set, List<RateSet> others) {
        List<ValidationError> errors = new ArrayList<>();
        if (set.name().isEmpty()) {
            errors.add(ValidationError.of("name", "budget.rateSet.nameRequired"));
        } else if (others.stream().anyMatch(o -> !o.id().equals(set.id()) && o.name().equalsIgnoreCase(set.name()))) {
            errors.add(ValidationError.of("name", "budget.rateSet.nameTaken", set.name()));
        }
        if (set.effectiveTo() != null && set.effectiveTo().isBefore(set.effectiveFrom())) {
            errors.add(ValidationError.of("effectiveTo", "budget.rateSet.endBeforeStart"));
        }
        Set<RateKey> seen = new HashSet<>();
        for (RateValue value : set.values()) {
            if (!seen.add(value.key())) {
                errors.add(ValidationError.of("values." + value.key().name(), "budget.rateSet.duplicateValue"));
            }
        }
        return errors;
    }
}
