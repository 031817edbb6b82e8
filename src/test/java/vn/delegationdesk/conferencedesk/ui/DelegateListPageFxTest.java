package vn.delegationdesk.conferencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.app.desk.ConferenceDeskDocuments;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
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

/** The delegate list window: a name typed in the form and "Thêm" puts a row in the table and updates the counts. */
@ExtendWith(ApplicationExtension.class)
class DelegateListPageFxTest {
    private final Messages messages = new Messages();
    private final AtomicInteger next = new AtomicInteger();
    private DelegateListViewModel model;

    @Start
    void start(Stage stage) {
        ConferenceDeskService service = new ConferenceDeskService(new MemoryDelegateRepository(),
                new RoleGate(() -> User.everyRole("lan")), Clock.systemUTC(), () -> "dl-" + next.incrementAndGet());
        model = new DelegateListViewModel(service, new ConferenceDeskDocuments(new ConferenceDocumentService(PdfDocumentWriter::new,
                messages), PdfDocumentWriter::new, id -> DocumentSettings.defaults()), new RecordingDialogService(), messages,
                new DirectTaskRunner(), SampleDelegation.create().withId(7L), SampleDelegation.CONFERENCE_DAK_LAK);
        Scene scene = new Scene((BorderPane) new DelegateListPage(model, messages).node(), 1100, 720);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDelegateTypedAndAddedShowsInTheTableAndTheCounts(FxRobot robot) {
        robot.clickOn("#" + DelegatePageIds.FULL_NAME).write("Nguyễn Văn An");
        robot.clickOn(robot.lookup("#" + DelegatePageIds.ADD).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#" + DelegatePageIds.TABLE).queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(model.rows().get(0).fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(robot.lookup("#" + DelegatePageIds.COUNTS).queryLabeled().getText())
                .isEqualTo("Tổng 1 đại biểu: 1 được mời, 0 xác nhận dự, 0 báo vắng, 0 đã đến");
        assertThat(robot.lookup("#" + DelegatePageIds.SIGN_IN).queryButton().getText()).isEqualTo("Danh sách ký tên (PDF)…");
    }
}
