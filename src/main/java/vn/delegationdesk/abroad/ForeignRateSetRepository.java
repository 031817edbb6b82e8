package vn.delegationdesk.abroad;

import java.util.List;

/** The stored foreign rate sets, the built-in ones put in once; each call is one transaction. */
public interface ForeignRateSetRepository {
    /** Every set, by the date it comes into force, then by id. */
    List<ForeignRateSet> findAll();

    /** Inserts or replaces the set with this id, its country rates included. */
    void save(ForeignRateSet set);
}
