package vn.delegationdesk.delegation.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.people.CurrentUser;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;

/** The approval steps called directly on the service: who may take each, from which stage, and what is refused in words. */
class ApprovalServiceTest {
    private static final long ID = 7;
    private final Messages messages = new Messages();
    private final MemoryApprovalRepository repository = new MemoryApprovalRepository();
    private final CurrentUser user = new CurrentUser(new User("lan.nt", EnumSet.of(Role.ORGANISER)));
    private final ApprovalService service = new ApprovalService(repository, user,
            Clock.fixed(Instant.parse("2025-10-14T02:30:00Z"), ZoneOffset.UTC));

    private String refusal(Runnable step) {
        try {
            step.run();
        } catch (ApprovalRefused e) {
            return messages.describeFailure(e, "\n");
        } catch (ValidationException e) {
            // As the window lists them: each problem's sentence, which names its field.
            return String.join("\n", e.errors().stream().map(p -> messages.get(p.messageKey(), p.args().toArray())).toList());
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void anOrganiserSubmitsButMayNotAppraiseAndIsToldWhichRoleItNeeds() {
        assertThat(service.submit(ID).stage()).isEqualTo(ApprovalStage.SUBMITTED);

        assertThat(refusal(() -> service.appraise(ID)))
                .isEqualTo("Thẩm định: cần vai trò «Tài chính»; người dùng lan.nt không có vai trò này");
        assertThat(repository.stateOf(ID).stage()).isEqualTo(ApprovalStage.SUBMITTED);
        assertThat(repository.trail(ID)).extracting(AuditEntry::action).containsExactly(AuditAction.SUBMITTED);
    }

    @Test
    void financeMayNotApproveAndOnlyALeaderReturnsAnAppraisedPlan() {
        service.submit(ID);
        user.set(new User("hoa.tc", Set.of(Role.FINANCE)));
        service.appraise(ID);

        assertThat(refusal(() -> service.approve(ID, new ApprovalDecision("UBND thành phố Hà Nội", "123/QĐ-UBND",
                LocalDate.of(2025, 10, 14))))).isEqualTo("Phê duyệt: cần vai trò «Lãnh đạo»; người dùng hoa.tc không có vai trò này");
        assertThat(refusal(() -> service.returnToDraft(ID, "Thiếu báo giá khách sạn")))
                .isEqualTo("Trả lại: cần vai trò «Lãnh đạo»; người dùng hoa.tc không có vai trò này");
    }

    @Test
    void aStepOutOfTurnNamesTheStage() {
        user.set(User.everyRole("an"));
        assertThat(refusal(() -> service.appraise(ID))).isEqualTo("Thẩm định: không làm được khi kế hoạch đang ở bước «Dự thảo»");
        assertThat(refusal(() -> service.returnToDraft(ID, "x"))).isEqualTo("Trả lại: không làm được khi kế hoạch đang ở bước «Dự thảo»");
    }

    @Test
    void theWholeTrailWithEveryRoleAndAReturnWithItsReason() {
        user.set(User.everyRole("an"));
        service.submit(ID);
        service.appraise(ID);
        ApprovalState approved = service.approve(ID, new ApprovalDecision(" UBND thành phố Hà Nội ", "123/QĐ-UBND",
                LocalDate.of(2025, 10, 14)));
        assertThat(approved.stage()).isEqualTo(ApprovalStage.APPROVED);
        assertThat(approved.decision().body()).isEqualTo("UBND thành phố Hà Nội");
        service.returnToDraft(ID, "Đổi khách sạn ở Đà Lạt");

        assertThat(repository.stateOf(ID).stage()).isEqualTo(ApprovalStage.DRAFT);
        assertThat(repository.trail(ID)).extracting(e -> e.who() + " " + e.action() + " " + e.detail()).containsExactly(
                "an SUBMITTED 1", "an APPRAISED ", "an APPROVED UBND thành phố Hà Nội – 123/QĐ-UBND – 14/10/2025",
                "an RETURNED Đổi khách sạn ở Đà Lạt");
        assertThat(repository.trail(ID).get(3).from()).isEqualTo(ApprovalStage.APPROVED);
        assertThat(repository.trail(ID).get(0).at()).isEqualTo(Instant.parse("2025-10-14T02:30:00Z"));
    }

    @Test
    void anApprovalAndAReturnNameTheMissingFields() {
        user.set(User.everyRole("an"));
        service.submit(ID);
        service.appraise(ID);

        assertThat(refusal(() -> service.approve(ID, new ApprovalDecision(" ", "", LocalDate.of(2025, 10, 14)))))
                .isEqualTo("Cơ quan phê duyệt: chưa nhập\nSố văn bản phê duyệt: chưa nhập");
        assertThat(refusal(() -> service.returnToDraft(ID, "  "))).isEqualTo("Lý do trả lại: chưa nhập");
        assertThat(refusal(() -> service.returnToDraft(ID, "Sai\u001bsố"))).startsWith("Lý do trả lại: có ký tự điều khiển");
        assertThat(repository.stateOf(ID).stage()).isEqualTo(ApprovalStage.APPRAISED);
    }
}
