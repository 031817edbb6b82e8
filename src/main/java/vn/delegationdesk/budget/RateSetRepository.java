package vn.delegationdesk.budget;

import java.util.List;

/** The stored rate sets; each call is one transaction. */
public interface RateSetRepository {
    List<RateSet> findAll();

    /** Inserts or replaces the set with this id, values included. */
    void save(RateSet rateSet);

    boolean delete(String id);
}
