package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;

/** The use cases on delegations; every write is validated before it reaches the store. */
public final class DelegationService {
    private final DelegationRepository repository;
    private final DelegationValidator validator = new DelegationValidator();

    public DelegationService(DelegationRepository repository) {
        this.repository = repository;
    }

    public List<DelegationSummary> list() {
        return repository.findSummaries();
    }

    public Optional<Delegation> find(long id) {
        return repository.findById(id);
    }

    /** Validates and stores a new delegation; returns its id. */
    public long create(Delegation delegation) {
        requireValid(delegation);
        return repository.insert(delegation);
    }

    /** Validates and replaces a stored delegation. */
    public void save(Delegation delegation) {
        if (delegation.id() == null) {
            throw new IllegalArgumentException("save needs a stored delegation; use create");
        }
        requireValid(delegation);
        if (!repository.update(delegation)) {
            throw new IllegalStateException("no delegation with id " + delegation.id());
        }
    }

    public boolean delete(long id) {
        return repository.delete(id);
    }

    /**
     * What needs doing soon across all delegations: every open responsibility due within {@code days} days
     * from {@code today} (today included) and every overdue one, the most overdue first.
     */
    public List<DueResponsibility> dueWithin(LocalDate today, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return repository.findOpenDue(today.plusDays(days));
    }

    public List<ValidationError> validate(Delegation delegation) {
        return validator.validate(delegation);
    }

    private void requireValid(Delegation delegation) {
        List<ValidationError> errors = validator.validate(delegation);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
