package vn.delegationdesk.budget;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the user decided about a delegation's estimate; the rest is computed from the plan every
 * time, so a change of members, nights or delegates shows at once. Stored whole, one per delegation.
 */
public record EstimateWorksheet(EstimateInputs inputs, Map<String, LineOverride> overrides, List<ManualLine> manualLines) {
    public static final EstimateWorksheet EMPTY = new EstimateWorksheet(EstimateInputs.DEFAULT, Map.of(), List.of());

    public EstimateWorksheet {
        Objects.requireNonNull(inputs, "inputs");
        Map<String, LineOverride> kept = new LinkedHashMap<>();
        overrides.forEach((key, value) -> {
            if (!value.isEmpty()) {
                kept.put(key, value);
            }
        });
        overrides = Map.copyOf(kept);
        manualLines = List.copyOf(manualLines);
    }

    public LineOverride override(String lineKey) {
        return overrides.getOrDefault(lineKey, LineOverride.NONE);
    }

    public EstimateWorksheet withInputs(EstimateInputs value) {
        return new EstimateWorksheet(value, overrides, manualLines);
    }

    public EstimateWorksheet withOverride(String lineKey, LineOverride value) {
        Map<String, LineOverride> changed = new LinkedHashMap<>(overrides);
        changed.put(lineKey, value);
        return new EstimateWorksheet(inputs, changed, manualLines);
    }

    public EstimateWorksheet withoutOverride(String lineKey) {
        Map<String, LineOverride> changed = new LinkedHashMap<>(overrides);
        changed.remove(lineKey);
        return new EstimateWorksheet(inputs, changed, manualLines);
    }

    public EstimateWorksheet withManualLines(List<ManualLine> value) {
        return new EstimateWorksheet(inputs, overrides, value);
    }

    /** "Tạo lại": every generated line back to its computed value; manual lines and inputs stay. */
    public EstimateWorksheet regenerated() {
        return new EstimateWorksheet(inputs, Map.of(), manualLines);
    }
}
