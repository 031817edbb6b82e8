package vn.delegationdesk.app.samples;

import java.util.Objects;
import vn.delegationdesk.abroad.AbroadService;
import vn.delegationdesk.abroad.ForeignRateSet;
import vn.delegationdesk.abroad.OutboundPlan;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.sample.SampleOutbound;

/**
 * Stores the outbound sample ({@link SampleOutbound}: five people of the Sở to Seoul, 06/4–09/4/2026) as a new
 * delegation with its outbound plan and the inputs of its estimate, and the sample foreign rate set "Bộ định mức mẫu (dữ
 * liệu mẫu, chưa xác minh)" when the store has no set of that name (its figures are SAMPLE DATA, unverified, never the
 * circular's). The services share no transaction: the rate set is stored first (a set by itself changes no estimate),
 * then the delegation, then its plan; should the plan fail, the delegation is deleted again, so nothing half made stays.
 */
public final class OutboundSampleService {
    private final DelegationService delegations;
    private final AbroadService abroad;

    /** What was stored: the new delegation, and whether the sample rate set was added or was there already. */
    public record Created(long delegationId, String rateSetId, boolean rateSetAdded) {
    }

    public OutboundSampleService(DelegationService delegations, AbroadService abroad) {
        this.delegations = Objects.requireNonNull(delegations, "delegations");
        this.abroad = Objects.requireNonNull(abroad, "abroad");
    }

    /**
     * Stores the sample. A person without the finance office's role may not add a rate set: the plan then uses the set in
     * force on the day of exit (empty until finance fills it), and its per diem and lodging lines say they have no rate.
     */
    public Created create() {
        String name = SampleOutbound.rateSet().name();
        ForeignRateSet kept = abroad.rateSets().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        boolean added = false;
        String rateSetId = "";
        if (kept != null) {
            rateSetId = kept.id();
        } else if (abroad.whyNotSaveRateSet().isEmpty()) {
            ForeignRateSet sample = SampleOutbound.rateSet();
            rateSetId = abroad.saveRateSet(new ForeignRateSet("", sample.name(), sample.documentNumber(), sample.effectiveFrom(),
                    sample.effectiveTo(), sample.notes(), sample.rates())).id();
            added = true;
        }
        long id = delegations.create(SampleOutbound.delegation());
        try {
            OutboundPlan plan = SampleOutbound.plan();
            abroad.save(new OutboundPlan(id, plan.stops(), plan.legs(), plan.passports(), rateSetId, plan.exchangeRate()),
                    SampleOutbound.inputs());
        } catch (RuntimeException e) {
            delegations.delete(id);
            throw e;
        }
        return new Created(id, rateSetId, added);
    }
}
