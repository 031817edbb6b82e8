package vn.delegationdesk.exchange;

import java.util.Objects;
import vn.delegationdesk.abroad.AbroadInputs;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.common.Texts;

/**
 * The outbound part of a package ({@code outbound}): the plan as in the file, not yet of any delegation of the receiving
 * store (its delegation id is 0 and its rate set id blank), the inputs of its estimate, and the foreign rate set it chose
 * by name and document number (blank: the set in force on the day of exit). A store's rate set id means nothing on
 * another computer, so the import looks the set up by name there and falls back to the set in force when it is not kept.
 */
public record OutboundPackage(OutboundPlan plan, AbroadInputs inputs, String rateSetName, String rateSetDocumentNumber) {
    public OutboundPackage {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(inputs, "inputs");
        rateSetName = Texts.clean(rateSetName);
        rateSetDocumentNumber = Texts.clean(rateSetDocumentNumber);
    }

    /** True when the file names a rate set; false means "the set in force on the day of exit". */
    public boolean namesRateSet() {
        return !rateSetName.isEmpty() || !rateSetDocumentNumber.isEmpty();
    }

    /** The plan as the delegation {@code delegationId} of the receiving store keeps it, with that store's rate set id. */
    public OutboundPlan planFor(long delegationId, String rateSetId) {
        return new OutboundPlan(delegationId, plan.stops(), plan.legs(), plan.passports(), rateSetId, plan.exchangeRate());
    }
}
