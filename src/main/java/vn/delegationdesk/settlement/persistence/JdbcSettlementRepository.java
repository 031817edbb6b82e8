package vn.delegationdesk.settlement.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.settlement.Settlement;
import vn.delegationdesk.settlement.SettlementClosed;
import vn.delegationdesk.settlement.SettlementClosing;
import vn.delegationdesk.settlement.SettlementRepository;

/**
 * Settlements in the tables of migration V12. A settlement is written whole in one transaction: what was stored is
 * deleted, then the header and every list are inserted, so a failure anywhere (a text too long for its column, an
 * amount a CHECK refuses) leaves the previous settlement as it was; while the books are closed (V13's closing in force,
 * read in the same transaction) nothing is written. Reads see one snapshot. Plain SQL that H2 and PostgreSQL both run.
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
            if (ClosingTable.inForce(c, delegationId) != null) {
                throw new SettlementClosed("settlement.closed.refused");
            }
            SettlementWriter.delete(c, delegationId);
            SettlementWriter.insert(c, delegationId, settlement);
            return null;
        });
    }

    @Override
    public boolean delete(long delegationId) {
        return store.inTransaction(c -> SettlementWriter.delete(c, delegationId));
    }

    @Override
    public List<SettlementClosing> closings(long delegationId) {
        return store.inSnapshot(c -> ClosingTable.all(c, delegationId));
    }

    @Override
    public int close(long delegationId, SettlementClosing closing) {
        return store.inTransaction(c -> {
            List<SettlementClosing> all = ClosingTable.all(c, delegationId);
            if (!all.isEmpty() && all.get(all.size() - 1).inForce()) {
                throw new SettlementClosed("settlement.closed.already");
            }
            if (!new SettlementReader(c, delegationId).read().equals(Optional.of(closing.settlement()))) {
                throw new SettlementClosed("settlement.closed.changed");
            }
            return ClosingTable.insert(c, delegationId, all.size() + 1, closing);
        });
    }

    @Override
    public boolean reopen(long delegationId, Instant at, String by) {
        return store.inTransaction(c -> {
            SettlementClosing current = ClosingTable.inForce(c, delegationId);
            return current != null && ClosingTable.reopen(c, delegationId, current.number(), at, by);
        });
    }

    /**
     * Writes {@code closings} as they were frozen elsewhere (numbers, stamps and content unchanged), after the
     * delegation's settlement: the copy of a laptop's store to a server. The delegation must have none yet.
     */
    public void restoreClosings(long delegationId, List<SettlementClosing> closings) {
        store.inTransaction(c -> {
            for (SettlementClosing closing : closings) {
                ClosingTable.insert(c, delegationId, closing.number(), closing);
                if (!closing.inForce()) {
                    ClosingTable.reopen(c, delegationId, closing.number(), closing.reopenedAt(), closing.reopenedBy());
                }
            }
            return null;
        });
    }
}
