package vn.delegationdesk.delegation;

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
}
