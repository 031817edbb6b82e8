package vn.delegationdesk.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.budget.BuiltInRateSets;
import vn.delegationdesk.budget.RateSet;
import vn.delegationdesk.budget.RateSetRepository;

/** Rate sets in a map, starting with the built-in ones. */
public final class InMemoryRateSetRepository implements RateSetRepository {
    private final Map<String, RateSet> sets = new LinkedHashMap<>();

    public InMemoryRateSetRepository() {
        BuiltInRateSets.all().forEach(s -> sets.put(s.id(), s));
    }

    @Override
    public synchronized List<RateSet> findAll() {
        return new ArrayList<>(sets.values());
    }

    @Override
    public synchronized void save(RateSet rateSet) {
        sets.put(rateSet.id(), rateSet);
    }

    @Override
    public synchronized boolean delete(String id) {
        return sets.remove(id) != null;
    }
}
