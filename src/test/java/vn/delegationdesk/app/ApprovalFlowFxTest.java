package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.approval.ui.ApprovalIds;
import vn.delegationdesk.delegation.approval.ui.AuditRow;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.people.User;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.Buttons;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.TestServices;

/**
 * Tab "Phê duyệt" in the window: the sample is submitted, appraised and approved (the approval dialog refuses a blank body
 * by name, then records body, number and date), then returned to the draft with a reason; the stage, the greyed steps
 * with their reasons and the audit list say so at each step.
 */
@ExtendWith(ApplicationExtension.class)
class ApprovalFlowFxTest {
    @TempDir
    static Path dataDir;

    private AppServices services;
    private FxTaskRunner tasks;
    private Workspace workspace;
    private DelegationEditorView view;
    private long sampleId;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.user().set(User.everyRole("nguyen.lan"));
        sampleId = services.delegations().create(SampleDelegation.create());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        workspace = new Workspace(services, tasks, new FxDialogService(messages, () -> stage), SampleDelegation::create,
                () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
        view = workspace.attach(window);
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        workspace.list().load();
        workspace.editor().open(services.delegations().find(sampleId).orElseThrow());
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    private String stage(FxRobot robot) {
        return robot.lookup("#" + ApprovalIds.STAGE).queryAs(Label.class).getText();
    }

    private void waitForStage(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(stage(robot)) && !workspace.approval().isBusy()
                && !workspace.list().isBusy() && !workspace.editor().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button button(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryButton();
    }

    @Test
    @SuppressWarnings("unchecked")
    void submitAppraiseApproveAndReturnWithAReason(FxRobot robot) throws Exception {
        robot.interact(() -> view.tabs().getTabs().stream().filter(tab -> ApprovalIds.TAB.equals(tab.getId())).findFirst()
                .ifPresent(tab -> view.tabs().getSelectionModel().select(tab)));
        waitForStage(robot, "Dự thảo");
        assertThat(robot.lookup("#" + ApprovalIds.USER).queryAs(Label.class).getText())
                .isEqualTo("Người dùng: nguyen.lan – vai trò: Soạn kế hoạch, Tài chính, Lãnh đạo");
        assertThat(button(robot, ApprovalIds.APPRAISE).isDisabled()).isTrue();
        assertThat(Buttons.whyUnavailable(button(robot, ApprovalIds.APPRAISE)).get())
                .isEqualTo("Thẩm định: không làm được khi kế hoạch đang ở bước «Dự thảo»");

        robot.clickOn("#" + ApprovalIds.SUBMIT);
        waitForStage(robot, "Đã trình");
        robot.clickOn("#" + ApprovalIds.APPRAISE);
        waitForStage(robot, "Đã thẩm định");

        robot.clickOn("#" + ApprovalIds.APPROVE);
        robot.clickOn("#" + ApprovalIds.NUMBER).write("2468/QĐ-UBND");
        robot.clickOn("#" + ApprovalIds.DATE).write("30/09/2025");
        robot.clickOn("#" + ApprovalIds.CONFIRM);
        WaitForAsyncUtils.waitForFxEvents();
        VBox problems = robot.lookup("#" + ApprovalIds.PROBLEMS).queryAs(VBox.class);
        assertThat(problems.getChildren()).extracting(node -> ((Label) node).getText()).containsExactly("Cơ quan phê duyệt: chưa nhập");
        assertThat(stage(robot)).isEqualTo("Đã thẩm định");
        robot.clickOn("#" + ApprovalIds.BODY).write("UBND thành phố Hà Nội");
        robot.clickOn("#" + ApprovalIds.CONFIRM);
        waitForStage(robot, "Đã phê duyệt");
        assertThat(robot.lookup("#" + ApprovalIds.STAGE_DETAIL).queryAs(Label.class).getText())
                .startsWith("Phê duyệt bởi UBND thành phố Hà Nội, văn bản số 2468/QĐ-UBND, ngày 30/09/2025. Chuyển bởi nguyen.lan lúc");
        assertThat(workspace.editor().draft().get().status()).isEqualTo(DelegationStatus.APPROVED);
        assertThat(Buttons.whyUnavailable(button(robot, ApprovalIds.SUBMIT)).get())
                .isEqualTo("Trình duyệt: không làm được khi kế hoạch đang ở bước «Đã phê duyệt»");

        robot.clickOn("#" + ApprovalIds.RETURN);
        robot.clickOn("#" + ApprovalIds.REASON).write("Đổi khách sạn ở Đà Lạt");
        robot.clickOn("#" + ApprovalIds.CONFIRM);
        waitForStage(robot, "Dự thảo");
        assertThat(robot.lookup("#" + ApprovalIds.DIALOG).tryQuery()).isEmpty();

        TableView<AuditRow> history = robot.lookup("#" + ApprovalIds.HISTORY).queryAs(TableView.class);
        assertThat(history.getItems()).extracting(AuditRow::what).containsExactly(
                "Trả lại từ bước «Đã phê duyệt» về dự thảo. Lý do: Đổi khách sạn ở Đà Lạt",
                "Phê duyệt (cơ quan – số – ngày): UBND thành phố Hà Nội – 2468/QĐ-UBND – 30/09/2025",
                "Thẩm định dự toán: đạt", "Trình duyệt – bản 1", "Tạo kế hoạch");
        assertThat(history.getItems()).extracting(AuditRow::who).containsOnly("nguyen.lan");
        assertThat(services.delegations().find(sampleId).orElseThrow().status()).isEqualTo(DelegationStatus.DRAFT);
        Node submit = button(robot, ApprovalIds.SUBMIT);
        assertThat(submit.isDisabled()).isFalse();
    }
}
