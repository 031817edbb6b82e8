package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.plan.ui.PlansViewModel;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.TestPlans;

/**
 * The plans area on the real window over a real H2 store, headless: "Kế hoạch" in the top bar shows the list, choosing
 * the network plan opens it, and "Tiến độ" shows its targets as the clerk reads them; "Đoàn công tác" goes back.
 */
@ExtendWith(ApplicationExtension.class)
class PlansAreaFxTest {
    @TempDir
    static Path dataDir;

    private AppServices services;
    private FxTaskRunner tasks;
    private PlansViewModel plans;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.delegations().create(SampleDelegation.create());
        services.plans().create(TestPlans.network());
        tasks = new FxTaskRunner();
        plans = WorkspaceWindow.show(stage, services, tasks, new FxDialogService(messages, () -> stage), messages).plans();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void showsThePlansAndTheProgressOfTheNetworkPlan(FxRobot robot) throws Exception {
        waitUntil(() -> plans.loadedProperty().get() && !plans.rows().isEmpty());
        assertThat(robot.lookup("#" + PlanIds.AREA).query().isVisible()).isFalse();
        assertThat(robot.lookup("#" + MainWindow.STATUS_LABEL).queryLabeled().getText()).doesNotContain("kế hoạch");

        robot.clickOn("#" + MainWindow.SHOW_PLANS);
        assertThat(robot.lookup("#" + PlanIds.AREA).query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + MainWindow.WORKSPACE).query().isVisible()).isFalse();
        assertThat(robot.lookup("#" + MainWindow.STATUS_LABEL).queryLabeled().getText()).isEqualTo("1 kế hoạch, chương trình");
        assertThat(cells(robot, PlanIds.LIST)).contains("/KH-SVHTT", "Kế hoạch tham gia Mạng lưới năm 2025",
                "01/01/2025 – 31/12/2025", "2", "24");

        // The due list (hidden behind) names the plan too: click the plans' own table.
        robot.clickOn(robot.lookup("#" + PlanIds.LIST + " .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> plans.editor().presentProperty().get());
        assertThat(robot.lookup("#" + PlanIds.HEADING).queryLabeled().getText()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");

        robot.clickOn("#" + PlanIds.TAB_PROGRESS);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> targets = cells(robot, PlanIds.PROGRESS_TARGETS);
        assertThat(targets).contains("Phiên họp online", "22 / 20 – 30 cuộc – đạt", "Tọa đàm, workshop", "2 / 3 – 5 cuộc – chưa đạt",
                "42 / 30 – 40 trang – vượt");
        assertThat(cells(robot, PlanIds.PROGRESS_TASKS)).contains("2.1", "quá hạn 5 ngày");
        assertThat(cells(robot, PlanIds.PROGRESS_UNITS)).contains("Phòng Quản lý Di sản văn hóa", "1, 2.1");

        robot.clickOn("#" + MainWindow.SHOW_DELEGATIONS);
        assertThat(robot.lookup("#" + MainWindow.WORKSPACE).query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + PlanIds.AREA).query().isVisible()).isFalse();
        assertThat(robot.lookup("#" + MainWindow.STATUS_LABEL).queryLabeled().getText()).doesNotContain("kế hoạch");
    }

    private static List<String> cells(FxRobot robot, String tableId) {
        return robot.lookup("#" + tableId + " .table-cell").queryAll().stream()
                // The cells show their text in a clamped label; the cell carries it as its accessible text.
                .map(node -> ((TableCell<?, ?>) node).getAccessibleText())
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
