package vn.delegationdesk.delegation.approval.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.approval.ApprovalDecision;
import vn.delegationdesk.delegation.approval.ApprovalRefused;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.ApprovalStage;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/** The approval trail's SQL on both stores: stage, audit lines, the status and version an approval moves, saves refused. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcApprovalTrailTest {
    @RegisterExtension
    final TestStores stores;

    JdbcApprovalTrailTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void submitAppraiseApproveAndReturnAreStoredWithTheirAuditLinesAndTheVersionMovesOn() {
        try (Store store = stores.open()) {
            CurrentUser user = new CurrentUser(User.everyRole("Trần Thị Bình"));
            JdbcApprovalTrail trail = new JdbcApprovalTrail(store, user);
            DelegationService delegations = new DelegationService(new JdbcDelegationRepository(store, trail), () -> user.get().name());
            ApprovalService approvals = new ApprovalService(trail, user);
            long id = delegations.create(SampleDelegation.create());

            approvals.submit(id);
            StoredVersion opened = delegations.openVersioned(id).orElseThrow().version();
            Delegation edited = delegations.find(id).orElseThrow().toBuilder().plannedSize(40).build();
            assertThatThrownBy(() -> delegations.save(edited, opened)).isInstanceOf(ApprovalRefused.class);
            approvals.appraise(id);
            approvals.approve(id, new ApprovalDecision("UBND thành phố Hà Nội", "2468/QĐ-UBND", LocalDate.of(2025, 9, 30)));

            assertThat(approvals.state(id).stage()).isEqualTo(ApprovalStage.APPROVED);
            assertThat(delegations.find(id).orElseThrow().status()).isEqualTo(DelegationStatus.APPROVED);
            StoredVersion approved = delegations.openVersioned(id).orElseThrow().version();
            assertThat(approved.version()).isEqualTo(opened.version() + 1);
            assertThat(approved.savedBy()).isEqualTo("Trần Thị Bình");
            approvals.returnToDraft(id, "Đổi khách sạn ở Đà Lạt");
            assertThat(approvals.trail(id)).extracting(e -> e.action() + " " + e.detail()).containsExactly("CREATED ",
                    "SUBMITTED 1", "APPRAISED ", "APPROVED UBND thành phố Hà Nội – 2468/QĐ-UBND – 30/09/2025",
                    "RETURNED Đổi khách sạn ở Đà Lạt");
            assertThat(approvals.trail(id)).extracting(AuditEntry::who).containsOnly("Trần Thị Bình");
            assertThat(delegations.find(id).orElseThrow().status()).isEqualTo(DelegationStatus.DRAFT);
        }
    }
}
