package vn.delegationdesk.conferencedesk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the delegates of a delegation's conferences are kept. A conference's list is written whole; a check-in and a
 * walk-in each touch one delegate in their own small transaction, so that closing the app at the registration desk loses
 * at most the check-in being made.
 */
public interface DelegateRepository {
    /** The delegates of conference {@code conferenceId} of delegation {@code delegationId}, in the list's order. */
    List<Delegate> list(long delegationId, String conferenceId);

    /**
     * Replaces the conference's delegates with {@code delegates}, in one transaction: when it fails nothing changed.
     * Every delegate must belong to {@code conferenceId} and have an id.
     */
    void saveAll(long delegationId, String conferenceId, List<Delegate> delegates);

    /**
     * Reads the conference's list and replaces it with what {@code change} makes of it, in one transaction that holds the
     * list's rows: a check-in made meanwhile either is read by {@code change} or waits and then stamps the row as stored
     * (rows kept by id are updated in place, not deleted and inserted again). The list as stored.
     */
    List<Delegate> update(long delegationId, String conferenceId, UnaryOperator<List<Delegate>> change);

    /**
     * Marks delegate {@code delegateId} attended at {@code at}; a delegate already checked in keeps their first time.
     * The delegate as stored now, or empty when there is none with that id.
     */
    Optional<Delegate> checkIn(String delegateId, Instant at);

    /** Adds {@code delegate} (a walk-in, checked in) at the end of its conference's list. */
    void addWalkIn(long delegationId, Delegate delegate);
}
