package vn.delegationdesk.budget.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.budget.EstimateWorksheet;
import vn.delegationdesk.budget.WorksheetRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.StoreException;

/** Worksheets as JSON documents in {@code estimate_worksheet} (migration V3), one row per delegation. */
public final class JdbcWorksheetRepository implements WorksheetRepository {
    private static final String SELECT = "SELECT content FROM estimate_worksheet WHERE delegation_id = ?";
    private static final String MERGE = "MERGE INTO estimate_worksheet (delegation_id, content, updated_at) KEY (delegation_id)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP)";

    private final Database database;

    public JdbcWorksheetRepository(Database database) {
        this.database = database;
    }

    /** @throws StoreException when the stored worksheet cannot be read; it is then left as it is */
    @Override
    public Optional<EstimateWorksheet> find(long delegationId) {
        Optional<String> content = database.inSnapshot(c -> {
            try (PreparedStatement statement = c.prepareStatement(SELECT)) {
                statement.setLong(1, delegationId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
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
        database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(MERGE)) {
                statement.setLong(1, delegationId);
                statement.setString(2, content);
                return statement.executeUpdate();
            }
        });
    }
}
