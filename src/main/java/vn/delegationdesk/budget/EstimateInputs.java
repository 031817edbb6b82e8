package vn.delegationdesk.budget;

import java.util.Map;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * The choices an estimate needs that the plan does not hold: the rate sets (null = the national set in
 * force on the start date; no local set), the lodging mode and each stop's setting, keyed by the stop's
 * place ("tỉnh Đắk Lắk").
 */
public record EstimateInputs(String rateSetId, String localRateSetId, LodgingMode lodgingMode,
        Map<String, StopSetting> stops) {
    public static final EstimateInputs DEFAULT = new EstimateInputs(null, null, LodgingMode.INVOICE, Map.of());

    public EstimateInputs {
        rateSetId = Texts.isBlank(rateSetId) ? null : rateSetId.strip();
        localRateSetId = Texts.isBlank(localRateSetId) ? null : localRateSetId.strip();
        Objects.requireNonNull(lodgingMode, "lodgingMode");
        stops = Map.copyOf(stops);
    }

    public StopSetting stop(String place) {
        return stops.getOrDefault(Texts.clean(place), StopSetting.DEFAULT);
    }
}
