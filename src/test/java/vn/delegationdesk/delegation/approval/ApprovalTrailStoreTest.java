package vn.delegationdesk.delegation.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The trail through the app's services on a real H2 store (StoreServices, as the window wires them): creating and
 * saving write their audit lines in the same transaction, a plan under review is not saved (by the editor's versioned
 * save either), an approved one only moves its life status on, approving and returning set the status and move the
 * version on, and everything goes with the delegation when it is deleted.
 */
class ApprovalTrailStoreTest {
    private static final ApprovalDecision DECISION = new ApprovalDecision("UBND thành phố Hà Nội", "2468/QĐ-UBND",
            LocalDate.of(2025, 9, 30));

    @TempDir
    Path dataDir;

    private final Messages messages = new Messages();

    private String refusal(AppServices services, Delegation d) {
        try {
            services.delegations().save(d);
        } catch (ApprovalRefused e) {
            return messages.describeFailure(e, "\n");
        }
        throw new AssertionError("the save was not refused");
    }

    @Test
    void theTrailAndTheAuditListFollowEveryStepAndSave() {
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            services.user().set(User.everyRole("nguyen.lan"));
            long id = services.delegations().create(SampleDelegation.create());
            Delegation stored = services.delegations().find(id).orElseThrow();
            services.delegations().save(stored.toBuilder().title("Đoàn khảo sát Đắk Lắk – Lâm Đồng").build());
            assertThat(services.approvals().state(id).stage()).isEqualTo(ApprovalStage.DRAFT);

            services.approvals().submit(id);
            Delegation edited = services.delegations().find(id).orElseThrow().toBuilder().plannedSize(40).build();
            assertThat(refusal(services, edited)).isEqualTo("Không lưu được: kế hoạch đang ở bước «Đã trình», người duyệt đang"
                    + " xem bản đã trình. Muốn sửa, cần «Trả lại» về dự thảo trước.");
            services.approvals().appraise(id);
            services.approvals().approve(id, DECISION);

            Delegation approved = services.delegations().find(id).orElseThrow();
            assertThat(approved.status()).isEqualTo(DelegationStatus.APPROVED);
            assertThat(approved.plannedSize()).isEqualTo(stored.plannedSize());
            assertThat(services.approvals().state(id).decision()).isEqualTo(DECISION);
            assertThat(refusal(services, approved.toBuilder().plannedSize(40).build())).startsWith(
                    "Không lưu được: kế hoạch đã được phê duyệt, chỉ còn đổi được trạng thái sang Đang thực hiện");
            assertThat(refusal(services, approved.toBuilder().status(DelegationStatus.DRAFT).build())).startsWith(
                    "Không lưu được: kế hoạch đã được phê duyệt");
            services.delegations().save(approved.toBuilder().status(DelegationStatus.IN_PROGRESS).build());
            assertThat(services.delegations().find(id).orElseThrow().status()).isEqualTo(DelegationStatus.IN_PROGRESS);

            StoredVersion beforeReturn = services.delegations().openVersioned(id).orElseThrow().version();
            services.approvals().returnToDraft(id, "Đổi khách sạn ở Đà Lạt");
            StoredVersion afterReturn = services.delegations().openVersioned(id).orElseThrow().version();
            assertThat(afterReturn.version()).isEqualTo(beforeReturn.version() + 1);
            assertThat(afterReturn.savedBy()).isEqualTo("nguyen.lan");
            assertThat(services.delegations().find(id).orElseThrow().status()).isEqualTo(DelegationStatus.DRAFT);
            services.delegations().save(services.delegations().find(id).orElseThrow().toBuilder().plannedSize(40).build());

            assertThat(services.approvals().trail(id)).extracting(AuditEntry::who).containsOnly("nguyen.lan");
            assertThat(services.approvals().trail(id)).extracting(e -> e.action() + " " + e.detail()).containsExactly(
                    "CREATED ", "SAVED ", "SUBMITTED 1", "APPRAISED ", "APPROVED UBND thành phố Hà Nội – 2468/QĐ-UBND – 30/09/2025",
                    "SAVED ", "RETURNED Đổi khách sạn ở Đà Lạt", "SAVED ");
            assertThat(services.approvals().trail(id).get(6).from()).isEqualTo(ApprovalStage.APPROVED);
        }
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            assertThat(services.approvals().trail(1)).hasSize(8);
            assertThat(services.approvals().state(1).stage()).isEqualTo(ApprovalStage.DRAFT);
        }
    }

    @Test
    void aRefusedSaveWritesNothingAndARoleLessStepIsRefusedByTheService() {
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            services.user().set(User.everyRole("an"));
            long id = services.delegations().create(SampleDelegation.create());
            services.approvals().submit(id);
            Delegation stored = services.delegations().find(id).orElseThrow();
            assertThatThrownBy(() -> services.delegations().save(stored.toBuilder().plannedSize(99).build()))
                    .isInstanceOf(ApprovalRefused.class);
            assertThat(services.delegations().find(id).orElseThrow()).isEqualTo(stored);
            StoredVersion opened = services.delegations().openVersioned(id).orElseThrow().version();
            assertThatThrownBy(() -> services.delegations().save(stored.toBuilder().plannedSize(99).build(), opened))
                    .isInstanceOf(ApprovalRefused.class);
            assertThat(services.delegations().find(id).orElseThrow()).isEqualTo(stored);
            assertThat(services.approvals().trail(id)).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.CREATED, AuditAction.SUBMITTED);

            services.user().set(new User("binh", Set.of(Role.ORGANISER, Role.LEADER)));
            assertThatThrownBy(() -> services.approvals().appraise(id)).isInstanceOf(ApprovalRefused.class)
                    .satisfies(e -> assertThat(messages.describeFailure(e, "\n"))
                            .isEqualTo("Thẩm định: cần vai trò «Tài chính»; người dùng binh không có vai trò này"));
            assertThat(services.approvals().state(id).stage()).isEqualTo(ApprovalStage.SUBMITTED);
        }
    }

    @Test
    void deletingADelegationTakesItsTrailAlong() {
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            long id = services.delegations().create(SampleDelegation.create());
            services.approvals().submit(id);
            assertThat(services.delegations().delete(id)).isTrue();
            assertThat(services.approvals().trail(id)).isEmpty();
            assertThat(services.approvals().state(id).stage()).isEqualTo(ApprovalStage.DRAFT);
            assertThatThrownBy(() -> services.approvals().appraise(id)).isInstanceOf(ApprovalRefused.class);
        }
    }
}
