package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.member.ui.MemberIds;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.TestServices;

/** An empty store offers the sample; the button creates it, and the window opens it. */
@ExtendWith(ApplicationExtension.class)
class EmptyStoreFxTest {
    private static final String SAMPLE_TITLE = SampleDelegation.create().title();
    private InMemoryDelegationRepository repository;
    private DelegationListViewModel list;
    private DelegationEditorViewModel detail;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        repository = new InMemoryDelegationRepository();
        Messages messages = new Messages();
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(TestServices.of(repository), tasks, new FxDialogService(messages, () -> stage),
                SampleDelegation::create, LocalDate::now, TestServices.quietDevices());
        workspace.attach(window);
        list = workspace.list();
        detail = workspace.editor();
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        list.load();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @Test
    void createTheSampleFromTheEmptyState(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + DelegationIds.EMPTY_STORE_PANE).query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + MainWindow.WORKSPACE).query().isVisible()).isFalse();
        assertThat(robot.lookup("#" + DelegationIds.SEARCH).query().isDisabled()).isTrue();
        Button create = robot.lookup("#" + DelegationIds.CREATE_SAMPLE_BUTTON).queryButton();
        assertThat(create.getText()).isEqualTo("Tạo đoàn mẫu (Đắk Lắk – Lâm Đồng, 10/2025)");
        assertThat(create.getAccessibleText()).isNotBlank();
        Button read = robot.lookup("#" + Workspace.READ_FROM_EMPTY).queryButton();
        assertThat(read.getText()).isEqualTo("Đọc kế hoạch có sẵn (.docx, .pdf, .txt)…");
        assertThat(read.isVisible()).isTrue();

        robot.clickOn(create);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> detail.presentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(repository.all()).hasSize(1);
        assertThat(robot.lookup("#" + DelegationIds.EMPTY_STORE_PANE).query().isVisible()).isFalse();
        TableView<?> table = robot.lookup("#" + DelegationIds.TABLE).queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#" + EditorIds.DETAIL_TITLE).queryLabeled().getText()).isEqualTo(SAMPLE_TITLE);
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        assertThat(robot.lookup("#" + MemberIds.MEMBERS_TABLE).queryTableView().getItems()).hasSize(37);
    }
}
