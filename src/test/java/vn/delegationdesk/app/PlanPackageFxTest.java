package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestPlans;

/**
 * The plan package in the real window over a real H2 store, headless: "Văn bản, bảng › Lưu gói kế hoạch (.json)…" writes
 * the opened plan, and "Nhập gói kế hoạch (.json)…" beside the list stores it as a second plan and opens it.
 */
@ExtendWith(ApplicationExtension.class)
class PlanPackageFxTest {
    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private PlansViewModel plans;
    private Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.plans().create(TestPlans.network());
        tasks = new FxTaskRunner();
        workspace = WorkspaceWindow.show(stage, services, tasks, dialogs, messages);
        plans = workspace.plans();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void savesTheOpenedPlanAsAPackageAndImportsItAsANewPlan(FxRobot robot) throws Exception {
        waitUntil(() -> plans.loadedProperty().get() && !plans.rows().isEmpty());
        robot.clickOn("#" + MainWindow.SHOW_PLANS);
        robot.clickOn(robot.lookup("#" + PlanIds.LIST + " .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> plans.editor().presentProperty().get());

        Path file = dataDir.resolve("goi-ke-hoach.json");
        dialogs.chooseFile(file);
        MenuButton menu = robot.lookup("#" + Workspace.PLAN_FILES).queryAs(MenuButton.class);
        MenuItem save = menu.getItems().stream().filter(i -> "Lưu gói kế hoạch (.json)…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(save::fire);
        waitUntil(() -> workspace.planFilesStatus().get().startsWith("Đã lưu"));
        assertThat(workspace.planFilesStatus().get()).isEqualTo("Đã lưu goi-ke-hoach.json");
        assertThat(Files.readString(file)).contains("\"title\": \"Kế hoạch tham gia Mạng lưới năm 2025\"");

        dialogs.chooseFile(file);
        Button importButton = robot.lookup("#" + Workspace.PLAN_IMPORT).queryAs(Button.class);
        assertThat(importButton.getText()).isEqualTo("Nhập gói kế hoạch (.json)…");
        robot.clickOn(importButton);
        waitUntil(() -> plans.rows().size() == 2 && plans.opened().map(p -> p.id() == 2L).orElse(false));

        assertThat(workspace.planFilesStatus().get()).isEqualTo("Đã nhập kế hoạch «Kế hoạch tham gia Mạng lưới năm 2025»");
        assertThat(robot.lookup("#" + PlanIds.HEADING).queryLabeled().getText()).isEqualTo("Kế hoạch tham gia Mạng lưới năm 2025");
        assertThat(services.plans().find(2).orElseThrow()).isEqualTo(TestPlans.network().withId(2L));
        assertThat(dialogs.shown("error")).isEmpty();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
