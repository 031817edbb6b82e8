package vn.delegationdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.app.Workspace;
import vn.delegationdesk.delegation.approval.AuditEntry;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/** Dữ liệu › Tên người dùng…: a display name is refused blank, kept with the data, shown and written in the audit list. */
class UserNameViewModelTest {
    @TempDir
    Path dataDir;

    private static Workspace workspace(AppServices services) {
        return new Workspace(services, new DirectTaskRunner(), new RecordingDialogService(), SampleDelegation::create,
                () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
    }

    @Test
    void aDisplayNameIsKeptShownAndWrittenInTheAuditList() {
        Messages messages = new Messages();
        long id;
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            Workspace workspace = workspace(services);
            UserNameViewModel name = workspace.userName();
            assertThat(name.nameProperty().get()).isEqualTo(System.getProperty("user.name"));

            name.nameProperty().set("   ");
            assertThat(name.save()).isFalse();
            assertThat(name.problems()).containsExactly("Tên người dùng: chưa nhập");
            name.nameProperty().set("Nguyễn\tThị Lan");
            assertThat(name.save()).isFalse();
            assertThat(name.problems()).singleElement().asString().startsWith("Tên người dùng: có ký tự tab");

            name.nameProperty().set(" Nguyễn Thị Lan ");
            assertThat(name.save()).isTrue();
            assertThat(name.problems()).isEmpty();
            assertThat(name.currentProperty().get()).isEqualTo("Nguyễn Thị Lan");
            assertThat(workspace.approval().userTextProperty().get())
                    .isEqualTo("Người dùng: Nguyễn Thị Lan – vai trò: Soạn kế hoạch, Tài chính, Lãnh đạo");
            id = services.delegations().create(SampleDelegation.create());
        }
        try (AppServices services = StoreServices.open(dataDir, messages)) {
            assertThat(services.user().get().name()).isEqualTo("Nguyễn Thị Lan");
            services.approvals().submit(id);
            assertThat(services.approvals().trail(id)).extracting(AuditEntry::who).containsExactly("Nguyễn Thị Lan", "Nguyễn Thị Lan");
        }
    }
}
