package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of whole delegations. Every method is one transaction: a write either stores the whole
 * delegation or leaves the store as it was.
 */
public interface DelegationRepository {
    List<DelegationSummary> findSummaries();

    Optional<Delegation> findById(long id);

    /** Stores a new delegation (its id is ignored) and returns the id it was given. */
    long insert(Delegation delegation);

    /** Replaces the stored delegation with the same id; false when there is none. */
    boolean update(Delegation delegation);

    boolean delete(long id);

    /**
     * Members of delegations other than {@code excludeId} who have one of {@code idNumbers}, or one of
     * {@code fullNames} (exact stored text), with their delegation's trip dates. The caller decides which
     * rows are the same person.
     */
    List<MemberElsewhere> findMembersElsewhere(long excludeId, Collection<String> idNumbers, Collection<String> fullNames);

    /**
     * Every responsibility of every delegation that is not done, has a due date on or before {@code until}
     * (overdue ones included) and belongs to a delegation that is not cancelled; by due date, then
     * delegation id, then position, each with its duties.
     */
    List<DueResponsibility> findOpenDue(LocalDate until);
}
