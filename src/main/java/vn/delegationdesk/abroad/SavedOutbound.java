package vn.delegationdesk.abroad;

import java.util.Objects;

/** An outbound plan as kept, with what the user typed for its estimate (fares by class, visa fee ...). */
public record SavedOutbound(OutboundPlan plan, AbroadInputs inputs) {
    public SavedOutbound {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(inputs, "inputs");
    }
}
