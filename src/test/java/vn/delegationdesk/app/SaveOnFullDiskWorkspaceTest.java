package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.db.StorePackageProbe;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.SmallDisk;
import vn.delegationdesk.testing.TestServices;

/**
 * "Lưu" in the workspace over a real store whose disk is full ({@link SmallDisk}), without a screen: the dialog says the
 * disk is full in the words of the store's message, the edits stay in the window, and the app started anew after the
 * disk was freed finds the delegation as it was saved before.
 */
class SaveOnFullDiskWorkspaceTest {
    @Test
    void savingOnAFullDiskSaysSoKeepsTheEditsAndLosesNothingSavedBefore() throws Exception {
        Messages messages = new Messages();
        RecordingDialogService dialogs = new RecordingDialogService();
        try (SmallDisk disk = SmallDisk.full()) {
            Path dataDir = disk.folder("du-lieu");
            long id;
            String before;
            try (AppServices services = StoreServices.open(dataDir, messages)) {
                id = services.delegations().create(LargeDelegation.of(300));
                before = StorePackageProbe.packageOf(services.delegations().find(id).orElseThrow());
                Workspace workspace = new Workspace(services, new DirectTaskRunner(), dialogs, SampleDelegation::create,
                        () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
                workspace.editor().open(services.delegations().find(id).orElseThrow());
                String note = "Đã nộp hộ chiếu, cần xác nhận lại lịch bay của chặng về. ".repeat(8);
                List<Member> noted = workspace.editor().draft().get().members().stream()
                        .map(m -> m.toBuilder().notes(note).build()).toList();
                workspace.editor().draft().update(b -> b.members(noted));
                disk.fillLeaving(0);

                workspace.editor().save();

                assertThat(dialogs.shown("error")).containsExactly(new RecordingDialogService.Shown("error",
                        "Không lưu được đoàn công tác", "Ổ đĩa chứa thư mục dữ liệu " + dataDir + " đã đầy nên thay đổi vừa rồi "
                                + "chưa được lưu; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy giải phóng dung lượng ổ đĩa, rồi đóng "
                                + "và mở lại Delegation Desk."));
                assertThat(workspace.editor().isDirty()).as("the edits are still in the window").isTrue();
            }
            disk.free();

            assertThat(StorePackageProbe.packageInNewProcess(dataDir, id)).isEqualTo(before);
        }
    }
}
