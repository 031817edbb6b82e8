package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
import vn.delegationdesk.abroad.ui.AbroadIds;
import vn.delegationdesk.abroad.ui.AbroadViewModel;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The "In ấn" menu of the "Đi nước ngoài" tab in a window 1280×760 (smaller than a 1366×768 screen): each of the five
 * documents as PDF and as Word, the estimate also as Excel, grouped by document, and the open menu inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class AbroadPapersMenuFxTest {
    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private AbroadViewModel abroad;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.delegations().create(SampleDelegation.create());
        tasks = new FxTaskRunner();
        Workspace workspace = WorkspaceWindow.show(stage, services, tasks, dialogs, messages);
        list = workspace.list();
        editor = workspace.editor();
        abroad = workspace.abroad();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void theMenuOffersEachDocumentAsPdfAndWordAndOpensInsideTheWindow(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get() && list.rows().size() == 1);
        robot.interact(() -> list.open(list.rows().get(0)));
        waitUntil(() -> editor.presentProperty().get() && !editor.isBusy());
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0));
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> AbroadIds.TAB.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        waitUntil(() -> abroad.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + AbroadIds.OUTBOUND);
        WaitForAsyncUtils.waitForFxEvents();

        MenuButton print = robot.lookup("#" + AbroadIds.PAPERS).queryAs(MenuButton.class);
        assertThat(print.isDisabled()).isFalse();
        List<String> labels = print.getItems().stream().map(i -> i instanceof SeparatorMenuItem ? "—" : i.getText()).toList();
        assertThat(labels).containsExactly(
                "Tờ trình xin chủ trương (PDF)…", "Tờ trình xin chủ trương (Word)…", "—",
                "Quyết định cử đoàn (PDF)…", "Quyết định cử đoàn (Word)…", "—",
                "Lịch trình công tác (PDF)…", "Lịch trình công tác (Word)…", "—",
                "Dự toán kinh phí (PDF)…", "Dự toán kinh phí (Word)…", "Dự toán kinh phí (Excel)…", "—",
                "Báo cáo kết quả chuyến công tác (PDF)…", "Báo cáo kết quả chuyến công tác (Word)…");
        assertThat(print.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem)).map(MenuItem::getId))
                .contains("abroad-papers-report_word");

        robot.clickOn(print);
        WaitForAsyncUtils.waitForFxEvents();
        Window menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElseThrow();
        assertThat(menu.getY() + menu.getHeight()).as("the open menu's bottom").isLessThanOrEqualTo(stage.getY() + stage.getHeight());
        assertThat(menu.getX() + menu.getWidth()).as("the open menu's right edge").isLessThanOrEqualTo(stage.getX() + stage.getWidth());
        robot.interact(print::hide);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
