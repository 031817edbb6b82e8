package vn.delegationdesk.delegation;

import java.time.Instant;
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

    /** The delegation with the version it was read at, both from one snapshot: what an editor opens. */
    Optional<VersionedDelegation> findVersioned(long id);

    /** Only the version of the stored delegation (no child rows): cheap enough to ask every few seconds. */
    Optional<StoredVersion> findVersion(long id);

    /**
     * Replaces the stored delegation with the same id whatever its version, making it the next version saved by
     * nobody named; false when there is none. For tools and tests that opened no version: every save a person makes
     * goes through {@link #updateIfVersion}.
     */
    boolean update(Delegation delegation);

    /**
     * Compare-and-set: replaces the stored delegation only while it is still at {@code expectedVersion}, making it the
     * next version, saved by {@code savedBy} at {@code savedAt}; returns that version. Empty, with nothing written, when
     * the delegation was saved by someone else since (or deleted, or never stored). Of two such saves from the same
     * version, exactly one succeeds.
     */
    Optional<StoredVersion> updateIfVersion(Delegation delegation, long expectedVersion, String savedBy, Instant savedAt);

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
