package vn.delegationdesk.delegation.approval.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.approval.ApprovalRefused;
import vn.delegationdesk.delegation.approval.ApprovalService;
import vn.delegationdesk.delegation.approval.ApprovalStage;
import vn.delegationdesk.delegation.approval.AuditAction;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.delegation.approval.EstimateGroup;
import vn.delegationdesk.delegation.approval.FrozenContent;
import vn.delegationdesk.delegation.approval.Revision;
import vn.delegationdesk.delegation.approval.RevisionContents;
import vn.delegationdesk.delegation.approval.RevisionFile;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * The revisions' SQL on both stores (V9): each submission stores the next number with its content, estimate groups
 * and documents byte for byte, in the stage move's transaction; nothing is overwritten; a save between the freezing
 * and the transaction refuses the submission and writes nothing; the revisions go with their delegation.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcRevisionsTest {
    @RegisterExtension
    final TestStores stores;

    JdbcRevisionsTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    /** Every byte value, and a PDF's start: what BYTEA must give back unchanged. */
    private static byte[] everyByte(int seed) {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + seed);
        }
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        return bytes;
    }

    /** Freezes the plan's title as the content and its planned size in the estimate; {@code staleBy} fakes a save meanwhile. */
    private static RevisionContents contents(DelegationService delegations, AtomicLong staleBy) {
        return new RevisionContents() {
            @Override
            public FrozenContent freeze(long id) {
                var stored = delegations.findVersioned(id).orElseThrow();
                Delegation plan = stored.delegation();
                long size = plan.plannedSize();
                return new FrozenContent(stored.version().version() - staleBy.get(), "{\"title\":\"" + plan.title() + " – "
                        + size + "\"}", List.of(new EstimateGroup("I. Chi phí đi lại", size * 1_000_000L),
                        new EstimateGroup("II. Phụ cấp lưu trú", 2_500_000L)), size * 1_000_000L + 2_500_000L,
                        List.of(new RevisionFile("Ke-hoach_" + size + ".pdf", everyByte((int) size)),
                                new RevisionFile("Quyet-dinh-cu-doan_" + size + ".pdf", new byte[] {0, -1, 37, 80})));
            }

            @Override
            public Delegation plan(String content) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<EstimateGroup> estimate(Delegation plan) {
                return List.of();
            }
        };
    }

    @Test
    void eachSubmissionStoresTheNextRevisionWithItsBytesAndTheAuditLineNamesIt() {
        try (Store store = stores.open()) {
            CurrentUser user = new CurrentUser(User.everyRole("Trần Thị Bình"));
            JdbcApprovalTrail trail = new JdbcApprovalTrail(store, user);
            DelegationService delegations = new DelegationService(new JdbcDelegationRepository(store, trail), () -> user.get().name());
            AtomicLong stale = new AtomicLong();
            Clock clock = Clock.fixed(Instant.parse("2025-10-01T02:30:00Z"), ZoneOffset.UTC);
            ApprovalService approvals = new ApprovalService(trail, user, clock, contents(delegations, stale));
            long id = delegations.create(SampleDelegation.create().toBuilder().plannedSize(37).build());

            approvals.submit(id);
            approvals.returnToDraft(id, "Thêm một người");
            delegations.save(delegations.find(id).orElseThrow().toBuilder().plannedSize(38).build());
            approvals.submit(id);

            List<Revision> revisions = approvals.revisions(id);
            assertThat(revisions).extracting(Revision::number, Revision::frozenBy, Revision::total).containsExactly(
                    tuple(1, "Trần Thị Bình", 39_500_000L),
                    tuple(2, "Trần Thị Bình", 40_500_000L));
            assertThat(revisions.get(0).content()).endsWith(" – 37\"}");
            assertThat(revisions.get(1).content()).endsWith(" – 38\"}");
            assertThat(revisions.get(1).estimate()).containsExactly(new EstimateGroup("I. Chi phí đi lại", 38_000_000L),
                    new EstimateGroup("II. Phụ cấp lưu trú", 2_500_000L));
            assertThat(revisions.get(0).frozenAt()).isEqualTo(Instant.parse("2025-10-01T02:30:00Z"));
            assertThat(approvals.documents(id, 1)).containsExactly(new RevisionFile("Ke-hoach_37.pdf", everyByte(37)),
                    new RevisionFile("Quyet-dinh-cu-doan_37.pdf", new byte[] {0, -1, 37, 80}));
            assertThat(approvals.documents(id, 2)).extracting(RevisionFile::fileName)
                    .containsExactly("Ke-hoach_38.pdf", "Quyet-dinh-cu-doan_38.pdf");
            assertThat(approvals.documents(id, 2).get(0).bytes()).isEqualTo(everyByte(38));
            assertThat(approvals.documents(id, 3)).isEmpty();
            assertThat(approvals.trail(id)).filteredOn(e -> e.action() == AuditAction.SUBMITTED).extracting(AuditEntry::detail)
                    .containsExactly("1", "2");

            // A save between the freezing and the transaction: refused, nothing written, the plan stays a draft.
            approvals.returnToDraft(id, "Đổi khách sạn");
            stale.set(1);
            assertThatThrownBy(() -> approvals.submit(id)).isInstanceOf(ApprovalRefused.class)
                    .extracting(e -> ((ApprovalRefused) e).messageKey()).isEqualTo("approvals.refused.savedMeanwhile");
            assertThat(approvals.state(id).stage()).isEqualTo(ApprovalStage.DRAFT);
            assertThat(approvals.revisions(id)).hasSize(2);
            stale.set(0);
            approvals.submit(id);
            assertThat(approvals.revisions(id)).extracting(Revision::number).containsExactly(1, 2, 3);

            // The revisions go with their delegation.
            approvals.returnToDraft(id, "Hủy chuyến");
            delegations.delete(id);
            assertThat(approvals.revisions(id)).isEmpty();
            assertThat(approvals.documents(id, 1)).isEmpty();
        }
    }
}
