package vn.delegationdesk.delegation.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.app.Workspace;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** The "Phê duyệt" tab's view model in the workspace over a real store, without a screen: what the user reads and may do. */
class ApprovalViewModelTest {
    @TempDir
    Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();

    private Workspace workspace(AppServices services) {
        return new Workspace(services, new DirectTaskRunner(), dialogs, SampleDelegation::create, () -> LocalDate.of(2025, 10, 1),
                TestServices.quietDevices());
    }

    @Test
    void theStepsOneAfterAnotherWithTheStageTheReasonsAndTheAuditLines() {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            services.user().set(User.everyRole("nguyen.lan"));
            long id = services.delegations().create(SampleDelegation.create());
            Workspace workspace = workspace(services);
            ApprovalViewModel approval = workspace.approval();
            assertThat(approval.submitUnavailableProperty().get()).isEqualTo("Chưa mở đoàn nào.");

            workspace.editor().open(services.delegations().find(id).orElseThrow());
            assertThat(approval.stageTextProperty().get()).isEqualTo("Dự thảo");
            assertThat(approval.stageDetailProperty().get()).isEqualTo("Chưa trình duyệt lần nào.");
            assertThat(approval.userTextProperty().get()).isEqualTo("Người dùng: nguyen.lan – vai trò: Soạn kế hoạch, Tài chính, Lãnh đạo");
            assertThat(approval.submitUnavailableProperty().get()).isEmpty();
            assertThat(approval.appraiseUnavailableProperty().get())
                    .isEqualTo("Thẩm định: không làm được khi kế hoạch đang ở bước «Dự thảo»");
            assertThat(approval.history()).extracting(AuditRow::who, AuditRow::what).containsExactly(
                    tuple("nguyen.lan", "Tạo kế hoạch"));

            workspace.editor().draft().update(b -> b.plannedSize(38));
            assertThat(approval.submitUnavailableProperty().get())
                    .isEqualTo("Có thay đổi chưa lưu: hãy lưu trước, các bước phê duyệt làm trên bản đã lưu.");
            assertThat(workspace.editor().save()).isTrue();
            assertThat(approval.submitUnavailableProperty().get()).isEmpty();

            approval.submit();
            assertThat(approval.stageTextProperty().get()).isEqualTo("Đã trình");
            assertThat(approval.stageDetailProperty().get()).startsWith("Chuyển bởi nguyen.lan lúc ");
            approval.appraise();
            assertThat(approval.stageTextProperty().get()).isEqualTo("Đã thẩm định");

            approval.startApproval();
            approval.approvalNumberProperty().set("2468/QĐ-UBND");
            approval.approvalDate().textProperty().set("31/09/2025");
            assertThat(approval.approve()).isFalse();
            assertThat(approval.formProblems()).containsExactly("Cơ quan phê duyệt: chưa nhập",
                    "Ngày phê duyệt không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 14/10/2025");
            approval.approvalBodyProperty().set("UBND thành phố Hà Nội");
            approval.approvalDate().textProperty().set("30/09/2025");
            assertThat(approval.approve()).isTrue();
            assertThat(approval.formProblems()).isEmpty();
            assertThat(approval.stageTextProperty().get()).isEqualTo("Đã phê duyệt");
            assertThat(approval.stageDetailProperty().get()).startsWith(
                    "Phê duyệt bởi UBND thành phố Hà Nội, văn bản số 2468/QĐ-UBND, ngày 30/09/2025. Chuyển bởi nguyen.lan lúc ");
            // The editor shows the delegation as stored: its status is now "Đã phê duyệt".
            assertThat(workspace.editor().draft().get().status()).isEqualTo(DelegationStatus.APPROVED);
            assertThat(workspace.editor().isDirty()).isFalse();
            assertThat(approval.submitUnavailableProperty().get())
                    .isEqualTo("Trình duyệt: không làm được khi kế hoạch đang ở bước «Đã phê duyệt»");

            // After approval the editor still saves a new life status, and nothing else.
            workspace.editor().draft().update(b -> b.status(DelegationStatus.IN_PROGRESS));
            assertThat(workspace.editor().save()).isTrue();
            assertThat(workspace.editor().isDirty()).isFalse();
            assertThat(services.delegations().find(id).orElseThrow().status()).isEqualTo(DelegationStatus.IN_PROGRESS);
            workspace.editor().draft().update(b -> b.plannedSize(40));
            workspace.editor().save();
            assertThat(dialogs.shown("error")).extracting(RecordingDialogService.Shown::message).containsExactly(
                    "Không lưu được: kế hoạch đã được phê duyệt, chỉ còn đổi được trạng thái sang Đang thực hiện, Đã hoàn thành"
                            + " hoặc Đã hủy. Muốn sửa nội dung, lãnh đạo cần «Trả lại» về dự thảo trước.");
            workspace.editor().revert();

            approval.startReturn();
            assertThat(approval.returnToDraft()).isFalse();
            assertThat(approval.formProblems()).containsExactly("Lý do trả lại: chưa nhập");
            approval.returnReasonProperty().set("Đổi khách sạn ở Đà Lạt");
            assertThat(approval.returnToDraft()).isTrue();
            assertThat(approval.stageTextProperty().get()).isEqualTo("Dự thảo");
            assertThat(workspace.editor().draft().get().status()).isEqualTo(DelegationStatus.DRAFT);

            assertThat(approval.history()).extracting(AuditRow::what).containsExactly(
                    "Trả lại từ bước «Đã phê duyệt» về dự thảo. Lý do: Đổi khách sạn ở Đà Lạt",
                    "Lưu thay đổi", "Phê duyệt (cơ quan – số – ngày): UBND thành phố Hà Nội – 2468/QĐ-UBND – 30/09/2025",
                    "Thẩm định dự toán: đạt", "Trình duyệt – bản 1", "Lưu thay đổi", "Tạo kế hoạch");
            assertThat(approval.history().get(0).when()).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
            assertThat(dialogs.shown("error")).hasSize(1);
        }
    }

    @Test
    void aUserWithoutTheRoleSeesWhyTheStepIsGreyedAndTheSaveOfAPlanUnderReviewIsRefusedInWords() {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            services.user().set(new User("tran.hoa", Set.of(Role.ORGANISER)));
            long id = services.delegations().create(SampleDelegation.create());
            Workspace workspace = workspace(services);
            ApprovalViewModel approval = workspace.approval();
            workspace.editor().open(services.delegations().find(id).orElseThrow());
            approval.submit();

            assertThat(approval.appraiseUnavailableProperty().get())
                    .isEqualTo("Thẩm định: cần vai trò «Tài chính»; người dùng tran.hoa không có vai trò này");
            assertThat(approval.returnUnavailableProperty().get())
                    .isEqualTo("Trả lại: cần vai trò «Tài chính»; người dùng tran.hoa không có vai trò này");
            approval.appraise();
            assertThat(dialogs.shown("error")).extracting(RecordingDialogService.Shown::message)
                    .containsExactly("Thẩm định: cần vai trò «Tài chính»; người dùng tran.hoa không có vai trò này");

            workspace.editor().draft().update(b -> b.plannedSize(38));
            workspace.editor().save();
            assertThat(dialogs.shown("error")).extracting(RecordingDialogService.Shown::message).last().isEqualTo(
                    "Không lưu được: kế hoạch đang ở bước «Đã trình», người duyệt đang xem bản đã trình. Muốn sửa, cần «Trả lại»"
                            + " về dự thảo trước.");
            assertThat(workspace.editor().isDirty()).isTrue();
            assertThat(services.delegations().find(id).orElseThrow().plannedSize()).isNotEqualTo(38);
        }
    }
}
