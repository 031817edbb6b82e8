package vn.delegationdesk.budget;

import java.util.Optional;

/** Each delegation's estimate worksheet; each call is one transaction. Deleting a delegation deletes its worksheet. */
public interface WorksheetRepository {
    Optional<EstimateWorksheet> find(long delegationId);

    void save(long delegationId, EstimateWorksheet worksheet);
}
