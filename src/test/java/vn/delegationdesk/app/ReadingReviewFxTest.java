package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanSummary;
import vn.delegationdesk.plan.PlanTask;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Reveal;
import vn.delegationdesk.reading.review.ui.ReviewIds;
import vn.delegationdesk.reading.source.TextSource;

/**
 * The review of seed 001 on the real window over a real H2 store, headless: the counts and the task's lead unit are
 * shown, the lead is retyped, "Tạo kế hoạch" stores the plan, the review closes and the plans list shows the new plan,
 * opened with the edited lead.
 */
@ExtendWith(ApplicationExtension.class)
class ReadingReviewFxTest {
    private static final Path SEED_001 = Path.of("src/test/resources/vn/delegationdesk/reading/seed-001.txt");
    @TempDir
    static Path dataDir;

    private AppServices services;
    private FxTaskRunner tasks;
    private Workspace workspace;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        tasks = new FxTaskRunner();
        workspace = WorkspaceWindow.show(stage, services, tasks, new FxDialogService(messages, () -> stage), messages);
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void seed001IsReviewedEditedAndCreatedAsAPlan(FxRobot robot) throws Exception {
        waitUntil(() -> workspace.plans().loadedProperty().get());
        robot.interact(() -> workspace.reading().review(() -> new TextSource().read(SEED_001)));
        waitUntil(() -> workspace.reading().openReview() != null);

        Label counts = robot.lookup("#" + ReviewIds.COUNTS).queryAs(Label.class);
        assertThat(counts.getText()).matches("Đã đọc \\d+/\\d+ đoạn, \\d+ chưa hiểu, \\d+ việc cần bổ sung");
        assertThat(robot.lookup("#" + ReviewIds.CREATE).queryButton().getText()).isEqualTo("Tạo kế hoạch");
        TextField lead = robot.lookup("#" + ReviewIds.entry("task.2.1.leadUnit")).queryAs(TextField.class);
        assertThat(lead.getText()).isNotBlank();
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Nhiệm vụ 2.1 – Đơn vị chủ trì");

        robot.interact(() -> Reveal.focus(lead));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(lead).push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Phòng Quản lý Thể dục thể thao");
        assertThat(lead.getText()).isEqualTo("Phòng Quản lý Thể dục thể thao");
        robot.clickOn("#" + ReviewIds.CREATE);

        waitUntil(() -> workspace.reading().openReview() == null && workspace.plans().rows().size() == 1);
        List<PlanSummary> stored = services.plans().list();
        assertThat(stored).hasSize(1);
        Plan plan = services.plans().find(stored.get(0).id()).orElseThrow();
        assertThat(plan.tasks().stream().filter(t -> t.number().equals("2.1")).map(PlanTask::leadUnit))
                .containsExactly("Phòng Quản lý Thể dục thể thao");
        assertThat(robot.lookup("#" + PlanIds.AREA).query().isVisible()).isTrue();
        waitUntil(() -> cells(robot, PlanIds.LIST).contains(plan.title()));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void closingAnEditedReviewAsksFirstAndStoresNothing(FxRobot robot) throws Exception {
        waitUntil(() -> workspace.plans().loadedProperty().get());
        robot.interact(() -> workspace.reading().review(() -> new TextSource().read(SEED_001)));
        waitUntil(() -> workspace.reading().openReview() != null);
        TextField lead = robot.lookup("#" + ReviewIds.entry("task.2.1.leadUnit")).queryAs(TextField.class);
        robot.interact(() -> lead.setText("Phòng Quản lý Thể dục thể thao"));

        robot.clickOn("#" + ReviewIds.CANCEL);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("Các chỗ đã sửa trong bản nháp chưa được lưu.");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.reading().openReview()).as("Enter keeps the review, as «Hủy» is the default").isNotNull();

        robot.clickOn("#" + ReviewIds.CANCEL);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Bỏ bản nháp");
        waitUntil(() -> workspace.reading().openReview() == null);
        assertThat(services.plans().list()).isEmpty();
    }

    private static List<String> cells(FxRobot robot, String tableId) {
        return robot.lookup("#" + tableId + " .table-cell").queryAll().stream()
                .map(node -> ((TableCell<?, ?>) node).getAccessibleText())
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
