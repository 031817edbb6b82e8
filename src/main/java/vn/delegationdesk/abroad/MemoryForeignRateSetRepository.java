package vn.delegationdesk.abroad;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Foreign rate sets kept in memory, starting with the built-in ones (shipped empty), for tests and storeless services. */
public final class MemoryForeignRateSetRepository implements ForeignRateSetRepository {
    private final Map<String, ForeignRateSet> sets = new LinkedHashMap<>();

    public MemoryForeignRateSetRepository() {
        BuiltInForeignRateSets.all().forEach(this::save);
    }

    @Override
    public synchronized List<ForeignRateSet> findAll() {
        return sets.values().stream().sorted(Comparator.comparing(ForeignRateSet::effectiveFrom).thenComparing(ForeignRateSet::id))
                .toList();
    }

    @Override
    public synchronized void save(ForeignRateSet set) {
        sets.put(set.id(), set);
    }
}
