package vn.delegationdesk.app.transfer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.approval.AuditAction;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.approval.persistence.JdbcApprovalTrail;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.BackupFile;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/** The record of copies onto a store, on both stores: kept whole, read back, and shown in the copied delegation's audit list. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcTransferLogTest {
    /** The copy an hour from now: after the delegation's creation on this store, as a copy's record comes after. */
    private static final Instant AT = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);

    @RegisterExtension
    final TestStores stores;

    JdbcTransferLogTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void aCopyIsKeptWithItsBackupsAndTakesItsPlaceInTheAuditListByTime() {
        Store store = stores.open();
        User lan = User.everyRole("Nguyễn Thị Lan");
        JdbcApprovalTrail trail = new JdbcApprovalTrail(store, () -> lan);
        long id = new JdbcDelegationRepository(store, trail).insert(SampleDelegation.create());
        AuditEntry laptopSave = new AuditEntry(id, AT.minusSeconds(7200), "lan", AuditAction.SAVED, null, "");
        trail.restore(id, trail.stateOf(id), List.of(laptopSave));
        TransferRecord copy = new TransferRecord(AT, "van_thu", "MAY-VAN-THU",
                "C:\\Users\\lan\\DelegationDesk", 1, 37,
                List.of(new BackupFile("delegation-desk-20261207-101500.zip", AT.minusSeconds(600), 5678L)),
                "từ máy MAY-VAN-THU");

        new JdbcTransferLog(store).record(copy, Map.of(id, new JdbcTransferLog.Link(4L, "ab".repeat(32))));

        assertThat(new JdbcTransferLog(store).all()).containsExactly(copy);
        List<AuditEntry> entries = trail.trail(id);
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly(AuditAction.SAVED, AuditAction.CREATED, AuditAction.TRANSFERRED);
        assertThat(entries.get(2).who()).isEqualTo("van_thu");
        assertThat(entries.get(2).detail()).isEqualTo("từ máy MAY-VAN-THU");
    }
}
