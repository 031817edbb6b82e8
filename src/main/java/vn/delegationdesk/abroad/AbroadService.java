package vn.delegationdesk.abroad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleGate;

/**
 * The use cases of a delegation abroad: its outbound plan and the inputs of its estimate, loaded and saved whole
 * (checked by {@link OutboundValidator}; refused with every problem and nothing stored when one is found), what to check
 * ({@link OutboundWarnings}), the estimate abroad ({@link AbroadEstimateCalculator}) and the foreign rate sets. Writing
 * a plan needs the organiser's role, as the plan of the trip does; writing a foreign rate set needs the finance office's,
 * as a domestic rate set does.
 */
public final class AbroadService {
    private static final String SAVE_PLAN = "people.action.saveOutboundPlan";
    private static final String SAVE_RATES = "people.action.saveForeignRateSet";
    private final OutboundRepository plans;
    private final ForeignRateSetRepository rateSets;
    private final LongFunction<Optional<Delegation>> delegations;
    private final RoleGate gate;

    public AbroadService(OutboundRepository plans, ForeignRateSetRepository rateSets, LongFunction<Optional<Delegation>> delegations,
            RoleGate gate) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.rateSets = Objects.requireNonNull(rateSets, "rateSets");
        this.delegations = Objects.requireNonNull(delegations, "delegations");
        this.gate = Objects.requireNonNull(gate, "gate");
    }

    /** Why the person working may not change an outbound plan; empty when they may. */
    public Optional<Phrase> whyNotSavePlan() {
        return gate.whyNot(Role.ORGANISER, SAVE_PLAN);
    }

    /** Why the person working may not change a foreign rate set; empty when they may. */
    public Optional<Phrase> whyNotSaveRateSet() {
        return gate.whyNot(Role.FINANCE, SAVE_RATES);
    }

    /** The outbound plan of the delegation with the inputs of its estimate; empty when the delegation is domestic. */
    public Optional<SavedOutbound> load(long delegationId) {
        return plans.find(delegationId);
    }

    /** Every problem that keeps {@code plan} of {@code delegation} from being stored; empty when it may be. */
    public List<ValidationError> validate(Delegation delegation, OutboundPlan plan) {
        List<ValidationError> errors = new ArrayList<>(OutboundValidator.validate(delegation, plan, rateSets.findAll()));
        if (plan.exchangeRate() != null) {
            ForeignRateSetValidator.decimal(errors, "exchangeRate.vndPerUnit", plan.exchangeRate().vndPerUnit(),
                    Phrase.of("abroad.field.rate.value", plan.exchangeRate().currency() == null ? ""
                            : plan.exchangeRate().currency().getCurrencyCode()));
        }
        return errors;
    }

    /**
     * Checks and stores the plan with the inputs of its estimate, replacing what the delegation had, in one transaction.
     *
     * @throws ValidationException with every problem; nothing was stored
     * @throws IllegalArgumentException when there is no delegation {@code plan.delegationId()}
     */
    public SavedOutbound save(OutboundPlan plan, AbroadInputs inputs) {
        gate.require(Role.ORGANISER, SAVE_PLAN);
        Objects.requireNonNull(inputs, "inputs");
        Delegation delegation = delegations.apply(plan.delegationId())
                .orElseThrow(() -> new IllegalArgumentException("no delegation " + plan.delegationId()));
        List<ValidationError> errors = validate(delegation, plan);
        errors.addAll(AbroadInputsValidator.validate(inputs));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        plans.save(plan, inputs);
        return new SavedOutbound(plan, inputs);
    }

    /** Removes the delegation's outbound plan (the trip becomes domestic); false when it had none. */
    public boolean delete(long delegationId) {
        gate.require(Role.ORGANISER, SAVE_PLAN);
        return plans.delete(delegationId);
    }

    /** What to check in the plan (members without a passport, passports expiring soon); stored all the same. */
    public List<AbroadWarning> warnings(Delegation delegation, OutboundPlan plan) {
        return OutboundWarnings.of(delegation, plan);
    }

    /** The estimate abroad of the delegation from its stored plan and inputs; empty when it has no outbound plan. */
    public Optional<AbroadEstimate> estimate(Delegation delegation) {
        if (delegation.id() == null) {
            return Optional.empty();
        }
        return plans.find(delegation.id()).map(saved -> estimate(delegation, saved.plan(), saved.inputs()));
    }

    /** The estimate abroad of a plan being edited, before it is stored. */
    public AbroadEstimate estimate(Delegation delegation, OutboundPlan plan, AbroadInputs inputs) {
        return AbroadEstimateCalculator.compute(delegation, plan, rateSets.findAll(), inputs);
    }

    /** Every foreign rate set, the built-in ones included. */
    public List<ForeignRateSet> rateSets() {
        return rateSets.findAll();
    }

    /**
     * Checks and stores a foreign rate set, replacing the one with its id; a set without an id gets one. The set as stored.
     *
     * @throws ValidationException with every problem; nothing was stored
     */
    public ForeignRateSet saveRateSet(ForeignRateSet set) {
        gate.require(Role.FINANCE, SAVE_RATES);
        ForeignRateSet withId = !Texts.isBlank(set.id()) ? set : new ForeignRateSet(UUID.randomUUID().toString(), set.name(),
                set.documentNumber(), set.effectiveFrom(), set.effectiveTo(), set.notes(), set.rates());
        List<ValidationError> errors = ForeignRateSetValidator.validate(withId, rateSets.findAll());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        rateSets.save(withId);
        return withId;
    }
}
