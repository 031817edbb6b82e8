package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
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
 * The tab "Đi nước ngoài" on the real window over an H2 store: the stored sample is domestic; switched to outbound, a
 * rate typed the English way is named as not a number, the save button is offered with the unsaved mark, and the save is
 * refused with nothing stored.
 */
@ExtendWith(ApplicationExtension.class)
class AbroadTabFxTest {
    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private AbroadViewModel abroad;

    @Start
    void start(Stage stage) {
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
    void aRateTypedTheEnglishWayIsNamedAndNothingIsStored(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get() && list.rows().size() == 1);
        robot.interact(() -> list.open(list.rows().get(0)));
        waitUntil(() -> editor.presentProperty().get() && !editor.isBusy());
        long id = editor.draft().get().id();
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0));
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> AbroadIds.TAB.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Đi nước ngoài");
        waitUntil(() -> abroad.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, AbroadIds.STATUS)).startsWith("Đoàn công tác trong nước.");

        robot.clickOn("#" + AbroadIds.OUTBOUND);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(abroad.outboundProperty().get()).isTrue();
        // The rate is below the fold of the scrolling page: focus it as Tab would, then type.
        Node rate = robot.lookup("#" + AbroadIds.RATE_VALUE).query();
        robot.interact(rate::requestFocus);
        robot.write("25,345.5");
        WaitForAsyncUtils.waitForFxEvents();

        VBox problems = robot.lookup("#" + AbroadIds.PROBLEMS).queryAs(VBox.class);
        assertThat(problems.getChildren()).map(node -> ((Label) node).getText())
                .contains("Tỷ giá – Số đồng cho 1 USD: «25,345.5» không phải số (ví dụ 25.345,5)");
        Node dirty = robot.lookup("#" + AbroadIds.DIRTY).query();
        assertThat(dirty.isVisible()).isTrue();
        assertThat(((Label) dirty).getText()).isEqualTo("● Có thay đổi chưa lưu");
        Button save = robot.lookup("#" + AbroadIds.SAVE).queryButton();
        assertThat(save.getText()).isEqualTo("Lưu kế hoạch đi nước ngoài");

        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, AbroadIds.STATUS)).startsWith("Chưa lưu: còn ");
        assertThat(services.abroad().load(id)).isEmpty();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
