package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.app.desk.ConferenceDeskDocuments;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.conference.ConferenceDocumentService;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The delegate list window's "Nhập từ Excel…": the dialog shows the rows to add and the refused row, "Thêm … vào danh
 * sách" puts them in the list's table unsaved, and "Lưu" stores them.
 */
@ExtendWith(ApplicationExtension.class)
class DelegateImportDialogFxTest {
    private final Messages messages = new Messages();
    private final AtomicInteger next = new AtomicInteger();
    private final MemoryDelegateRepository repository = new MemoryDelegateRepository();
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        ConferenceDeskService service = new ConferenceDeskService(repository, new RoleGate(() -> User.everyRole("lan")),
                Clock.systemUTC(), () -> "dl-" + next.incrementAndGet());
        DelegateListViewModel model = new DelegateListViewModel(service, new ConferenceDeskDocuments(
                new ConferenceDocumentService(PdfDocumentWriter::new, messages), PdfDocumentWriter::new,
                id -> DocumentSettings.defaults()), dialogs, messages, new DirectTaskRunner(), SampleDelegation.create().withId(7L),
                SampleDelegation.CONFERENCE_DAK_LAK);
        Scene scene = new Scene((BorderPane) new DelegateListPage(model, messages).node(), 1100, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void importedRowsShowInTheListAndLuuStoresThem(FxRobot robot) throws IOException {
        dialogs.chooseFile(Workbooks.sheet("Đại biểu")
                .row("Chức vụ", "Họ và tên", "Cơ quan/đơn vị", "Thứ tự ưu tiên")
                .row("Phó Chủ tịch UBND tỉnh", "Nguyễn Văn An", "UBND tỉnh Đắk Lắk", 1)
                .row("Giám đốc Sở", "Trần Thị Bình", "Sở Du lịch tỉnh Đắk Lắk", "abc")
                .row("Tổng Giám đốc", "Lê Hoàng Cường", "Công ty Cổ phần Du lịch Tây Nguyên", null)
                .save(dir.resolve("dai-bieu.xlsx")));

        robot.clickOn(robot.lookup("#" + DelegatePageIds.IMPORT).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> preview = robot.lookup("#" + DelegatePageIds.IMPORT_PREVIEW).queryTableView();
        assertThat(preview.getItems()).hasSize(2);
        ListView<?> rejected = robot.lookup("#" + DelegatePageIds.IMPORT_REJECTED).queryListView();
        assertThat(rejected.getItems()).extracting(Object::toString).containsExactly(
                "Dòng 3: Thứ tự ưu tiên “abc” không phải số; cần ghi số nguyên 1, 2, 3… hoặc để trống");
        assertThat(robot.lookup("#" + DelegatePageIds.IMPORT_SUMMARY).queryLabeled().getText())
                .isEqualTo("Hợp lệ: 2 dòng · Bị từ chối: 1 dòng · Trùng với danh sách: 0 dòng");

        robot.clickOn(robot.lookup("#" + DelegatePageIds.IMPORT_CONFIRM).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + DelegatePageIds.IMPORT_DIALOG).tryQuery()).isEmpty();
        TableView<?> table = robot.lookup("#" + DelegatePageIds.TABLE).queryTableView();
        assertThat(table.getItems()).extracting(row -> ((DelegateListViewModel.Row) row).fullName())
                .containsExactly("Nguyễn Văn An", "Lê Hoàng Cường");
        assertThat(robot.lookup("#" + DelegatePageIds.COUNTS).queryLabeled().getText())
                .isEqualTo("Tổng 2 đại biểu: 2 được mời, 0 xác nhận dự, 0 báo vắng, 0 đã đến");
        assertThat(repository.list(7L, SampleDelegation.CONFERENCE_DAK_LAK)).isEmpty();

        robot.clickOn(robot.lookup("#" + DelegatePageIds.SAVE).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(repository.list(7L, SampleDelegation.CONFERENCE_DAK_LAK)).extracting(Delegate::fullName, Delegate::precedence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", 1),
                        org.assertj.core.groups.Tuple.tuple("Lê Hoàng Cường", 0));
    }
}
