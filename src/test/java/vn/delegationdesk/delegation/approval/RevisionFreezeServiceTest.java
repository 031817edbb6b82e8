package vn.delegationdesk.delegation.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.User;

/**
 * What a submission freezes, on the service with the trail in memory: only a submission the user may make renders the
 * documents; each makes the next revision, with the content made for it, and names it in its audit line.
 */
class RevisionFreezeServiceTest {
    private static final long ID = 7;
    private final MemoryApprovalRepository repository = new MemoryApprovalRepository();
    private final CurrentUser user = new CurrentUser(User.everyRole("lan.nt"));
    private final List<Long> frozen = new ArrayList<>();
    private final RevisionContents contents = new RevisionContents() {
        @Override
        public FrozenContent freeze(long delegationId) {
            frozen.add(delegationId);
            int n = frozen.size();
            return new FrozenContent(-1, "{\"n\":" + n + "}", List.of(new EstimateGroup("I. Chi phí đi lại", n * 100L)),
                    n * 100L, List.of(new RevisionFile("Ke-hoach.pdf", new byte[] {(byte) n})));
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
    private final ApprovalService service = new ApprovalService(repository, user,
            Clock.fixed(Instant.parse("2025-10-14T02:30:00Z"), ZoneOffset.UTC), contents);

    @Test
    void eachSubmissionFreezesTheNextRevisionAndARefusedOneRendersNothing() {
        user.set(new User("hoa.tt", EnumSet.of(Role.FINANCE)));
        assertThatThrownBy(() -> service.submit(ID)).isInstanceOf(ApprovalRefused.class);
        assertThat(frozen).isEmpty();

        user.set(User.everyRole("lan.nt"));
        service.submit(ID);
        assertThatThrownBy(() -> service.submit(ID)).isInstanceOf(ApprovalRefused.class);
        service.appraise(ID);
        service.returnToDraft(ID, "Sửa dự toán");
        service.submit(ID);

        assertThat(frozen).containsExactly(ID, ID);
        assertThat(service.revisions(ID)).extracting(Revision::number, Revision::content, Revision::total, Revision::frozenBy)
                .containsExactly(tuple(1, "{\"n\":1}", 100L, "lan.nt"),
                        tuple(2, "{\"n\":2}", 200L, "lan.nt"));
        assertThat(service.documents(ID, 2)).containsExactly(new RevisionFile("Ke-hoach.pdf", new byte[] {2}));
        assertThat(service.trail(ID)).filteredOn(e -> e.action() == AuditAction.SUBMITTED).extracting(AuditEntry::detail)
                .containsExactly("1", "2");
        assertThat(service.revisions(ID + 1)).isEmpty();
    }
}
