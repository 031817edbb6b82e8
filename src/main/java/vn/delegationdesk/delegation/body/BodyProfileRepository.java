package vn.delegationdesk.delegation.body;

import java.util.List;

/** The stored body profiles; each call is one transaction. */
public interface BodyProfileRepository {
    /** Every profile with its signers, in the order they were first stored. */
    List<BodyProfile> findAll();

    /** Inserts a profile without id or replaces the one with its id, signers included; returns its id. */
    long save(BodyProfile profile);

    /** Removes the profile; delegations made from it keep their own copy of its body and signer. */
    boolean delete(long id);
}
