package vn.delegationdesk.budget.persistence;

import java.util.List;
import java.util.Optional;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.WorksheetRepository;
import vn.delegationdesk.platform.db.DelegationDocumentTable;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;

/** Worksheets as JSON documents in {@code estimate_worksheet} (migration V3), one row per delegation. */
public final class JdbcWorksheetRepository implements WorksheetRepository {
    private final DelegationDocumentTable table;

    public JdbcWorksheetRepository(Store database) {
        this.table = new DelegationDocumentTable(database, "estimate_worksheet");
    }

    /** @throws StoreException when the stored worksheet cannot be read; it is then left as it is */
    @Override
    public Optional<EstimateWorksheet> find(long delegationId) {
        Optional<String> content = table.find(delegationId);
        try {
            return content.map(WorksheetJson::read);
        } catch (IllegalArgumentException unreadable) {
            throw new StoreException(StoreException.Reason.OTHER, "budget.error.unreadableWorksheet", List.of(),
                    "estimate worksheet of delegation " + delegationId, unreadable);
        }
    }

    @Override
    public void save(long delegationId, EstimateWorksheet worksheet) {
        String content = WorksheetJson.write(worksheet);
        table.save(delegationId, content);
    }
}
