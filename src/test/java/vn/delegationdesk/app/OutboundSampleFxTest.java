package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import vn.delegationdesk.app.samples.OutboundSampleCommand;
import vn.delegationdesk.budget.ui.BudgetIds;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * "Tạo đoàn mẫu đi nước ngoài (Seoul)" on an empty H2 store: the sample is stored and opened in the editor, and its tab
 * "Đi nước ngoài" shows the switch on and the estimate's total with the sample rate set; the domestic estimate's tab says
 * the trip goes abroad and its button opens "Đi nước ngoài".
 */
@ExtendWith(ApplicationExtension.class)
class OutboundSampleFxTest {
    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationEditorViewModel editor;
    private AbroadViewModel abroad;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        tasks = new FxTaskRunner();
        Workspace workspace = WorkspaceWindow.show(stage, services, tasks, dialogs, messages);
        editor = workspace.editor();
        abroad = workspace.abroad();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void theSampleOpensWithItsTripAbroadAndItsEstimate(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#" + OutboundSampleCommand.EMPTY_STORE_ACTION).tryQuery().isPresent());
        Button create = robot.lookup("#" + OutboundSampleCommand.EMPTY_STORE_ACTION).queryButton();
        assertThat(create.getText()).isEqualTo("Tạo đoàn mẫu đi nước ngoài (Seoul)");

        robot.clickOn(create);
        waitUntil(() -> editor.presentProperty().get() && !editor.isBusy());
        assertThat(editor.draft().get().title()).startsWith("Đoàn công tác của Sở Văn hóa và Thể thao Hà Nội");
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> BudgetIds.TAB_ESTIMATE.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        waitUntil(() -> abroad.outboundProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#" + BudgetIds.TAB_ESTIMATE + "-outbound-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).as("the domestic estimate says the trip goes abroad before its tab is opened").isTrue();
        assertThat(notice.getText()).startsWith("Đoàn đi công tác nước ngoài: bảng này tính theo định mức công tác trong nước.");

        robot.clickOn(robot.lookup("#" + BudgetIds.TAB_ESTIMATE + "-outbound-open").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(AbroadIds.TAB);
        waitUntil(() -> abroad.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + AbroadIds.OUTBOUND).queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(abroad.totalProperty().get()).isEqualTo("Tổng cộng: 172.093.867 đ");
        assertThat(abroad.dirtyProperty().get()).isFalse();
        assertThat(dialogs.shown("error")).isEmpty();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
