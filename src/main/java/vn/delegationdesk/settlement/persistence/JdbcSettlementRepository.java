package vn.delegationdesk.settlement.persistence;

import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementRepository;

/**
 * Settlements in the tables of migration V12. A settlement is written whole in one transaction: what was stored is
 * deleted, then the header and every list are inserted, so a failure anywhere (a text too long for its column, an
 * amount a CHECK refuses) leaves the previous settlement as it was. Reads see one snapshot. Plain SQL that H2 and
 * PostgreSQL both run.
 */
public final class JdbcSettlementRepository implements SettlementRepository {
    private final Store store;

    public JdbcSettlementRepository(Store store) {
        this.store = store;
    }

    @Override
    public Optional<Settlement> find(long delegationId) {
        return store.inSnapshot(c -> new SettlementReader(c, delegationId).read());
    }

    @Override
    public void save(long delegationId, Settlement settlement) {
        Objects.requireNonNull(settlement, "settlement");
        store.inTransaction(c -> {
            SettlementWriter.delete(c, delegationId);
            SettlementWriter.insert(c, delegationId, settlement);
            return null;
        });
    }

    @Override
    public boolean delete(long delegationId) {
        return store.inTransaction(c -> SettlementWriter.delete(c, delegationId));
    }
}
