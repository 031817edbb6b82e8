package vn.delegationdesk.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.WorksheetRepository;

/** Worksheets in a map keyed by delegation id. */
public final class InMemoryWorksheetRepository implements WorksheetRepository {
    private final Map<Long, EstimateWorksheet> worksheets = new HashMap<>();

    @Override
    public synchronized Optional<EstimateWorksheet> find(long delegationId) {
        return Optional.ofNullable(worksheets.get(delegationId));
    }

    @Override
    public synchronized void save(long delegationId, EstimateWorksheet worksheet) {
        worksheets.put(delegationId, worksheet);
    }
}
