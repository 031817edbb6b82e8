package vn.delegationdesk.conferencedesk;

import java.util.Optional;

/** Where the seating plans of a delegation's conferences are kept, one a conference, each written whole. */
public interface SeatingRepository {
    /** The plan kept for conference {@code conferenceId} of delegation {@code delegationId}, or empty when none is. */
    Optional<KeptSeating> find(long delegationId, String conferenceId);

    /** Replaces the conference's plan with {@code seating}, in one transaction: when it fails nothing changed. */
    void save(long delegationId, String conferenceId, KeptSeating seating);
}
