package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.conferencedesk.ui.DelegatePageIds;
import vn.delegationdesk.delegation.conference.ui.ConferenceIds;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The conference tab reaches its conference's desk: the line says the list is empty, "Danh sách đại biểu…" opens the
 * list, the delegation's members are added there, and once its window closes the tab's line counts them; "Bàn điểm
 * danh…" opens the check-in of the same conference.
 */
@ExtendWith(ApplicationExtension.class)
class ConferenceDeskLinkFxTest {
    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.delegations().create(SampleDelegation.create());
        tasks = new FxTaskRunner();
        Workspace workspace = WorkspaceWindow.show(stage, services, tasks, dialogs, messages);
        list = workspace.list();
        editor = workspace.editor();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void theTabOpensTheListAndTheCheckInOfItsConferenceAndCountsWhatTheListHolds(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get() && list.rows().size() == 1);
        robot.interact(() -> list.open(list.rows().get(0)));
        waitUntil(() -> editor.presentProperty().get() && !editor.isBusy());
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0));
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> ConferenceIds.TAB_CONFERENCES.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary(robot)).isEqualTo("Chưa có danh sách đại biểu.");

        robot.clickOn("#" + ConferenceIds.DESK_DELEGATES);
        waitUntil(() -> robot.lookup("#" + DelegatePageIds.ADD_MEMBERS).tryQuery().isPresent());
        robot.clickOn("#" + DelegatePageIds.ADD_MEMBERS);
        waitUntil(() -> robot.lookup("#" + DelegatePageIds.TABLE).queryTableView().getItems().size() == 37);
        Window delegates = robot.lookup("#" + DelegatePageIds.TABLE).query().getScene().getWindow();
        assertThat(((Stage) delegates).getTitle()).contains("Đắk Lắk");
        robot.interact(() -> ((Stage) delegates).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary(robot)).isEqualTo("37 đại biểu được mời · 37 xác nhận dự · 0 đã đến");

        robot.clickOn("#" + ConferenceIds.DESK_CHECK_IN);
        WaitForAsyncUtils.waitForFxEvents();
        Stage desk = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Bàn điểm danh")).findFirst().orElseThrow();
        assertThat(desk.getTitle()).contains("Đắk Lắk");
        robot.interact(desk::close);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#" + ConferenceIds.DESK_SUMMARY).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
