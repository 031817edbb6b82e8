package vn.delegationdesk.budget;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.Delegation;

/** The budget feature's entry point: rate sets, each delegation's worksheet, and the estimate they give. */
public final class BudgetService {
    private final RateSetRepository rateSets;
    private final WorksheetRepository worksheets;

    public BudgetService(RateSetRepository rateSets, WorksheetRepository worksheets) {
        this.rateSets = Objects.requireNonNull(rateSets, "rateSets");
        this.worksheets = Objects.requireNonNull(worksheets, "worksheets");
    }

    /** All rate sets, national before local, the most recent first. */
    public List<RateSet> rateSets() {
        return rateSets.findAll().stream()
                .sorted(Comparator.comparing(RateSet::kind).thenComparing(RateSet::effectiveFrom, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Stores a new or changed set; a set without an id gets one.
     *
     * @throws ValidationException with every problem, storing nothing, when the set is not valid
     */
    public RateSet saveRateSet(RateSet set) {
        RateSet withId = set.id().isEmpty() ? new RateSet(UUID.randomUUID().toString(), set.name(), set.issuer(),
                set.documentNumber(), set.kind(), set.effectiveFrom(), set.effectiveTo(), set.notes(), set.values()) : set;
        List<ValidationError> errors = RateSetValidator.validate(withId, rateSets.findAll());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        rateSets.save(withId);
        return withId;
    }

    public boolean deleteRateSet(String id) {
        return rateSets.delete(id);
    }

    /** The worksheet of a stored delegation; an empty one if none was saved or the delegation is not stored yet. */
    public EstimateWorksheet worksheet(Long delegationId) {
        return delegationId == null ? EstimateWorksheet.EMPTY
                : worksheets.find(delegationId).orElse(EstimateWorksheet.EMPTY);
    }

    public void saveWorksheet(long delegationId, EstimateWorksheet worksheet) {
        worksheets.save(delegationId, worksheet);
    }

    /** The estimate of a delegation as stored, with its stored worksheet. */
    public Estimate estimate(Delegation delegation) {
        return estimate(delegation, worksheet(delegation.id()));
    }

    /** The estimate of a delegation with a worksheet being edited. */
    public Estimate estimate(Delegation delegation, EstimateWorksheet worksheet) {
        return EstimateCalculator.compute(delegation, worksheet, rateSets.findAll());
    }
}
