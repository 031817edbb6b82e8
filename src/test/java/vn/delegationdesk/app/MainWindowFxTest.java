package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.DelegationStatus;
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
import vn.delegationdesk.testing.TestDelegations;
import vn.delegationdesk.testing.TestServices;

/** The real window, headless (Monocle: its screen is 1280×800), over an in-memory store holding three delegations. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private static final String SAMPLE_TITLE = SampleDelegation.create().title();
    private DelegationListViewModel list;
    private DelegationEditorViewModel detail;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        InMemoryDelegationRepository repository = InMemoryDelegationRepository.with(SampleDelegation.create(),
                TestDelegations.simple("Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế", DelegationStatus.APPROVED,
                        "thành phố Huế", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5), 20, 18),
                TestDelegations.simple("Đoàn khảo sát du lịch cộng đồng", DelegationStatus.IN_PROGRESS, "tỉnh Lào Cai",
                        LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 4), 12, 5));
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
    void searchOpenAndShowTheMembers(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list.loadedProperty().get());
        TableView<?> table = robot.lookup("#" + DelegationIds.TABLE).queryTableView();
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#" + MainWindow.LOADING_PANE).query().isVisible()).isFalse();
        assertThat(robot.lookup("#" + EditorIds.DETAIL_PLACEHOLDER).query().isVisible()).isTrue();

        robot.clickOn("#" + DelegationIds.SEARCH).write("lak");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#" + MainWindow.STATUS_LABEL).queryLabeled().getText())
                .isEqualTo("Hiển thị 1/3 đoàn công tác");

        robot.doubleClickOn(firstRow(robot));
        waitUntil(() -> detail.presentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + EditorIds.TABS).query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + EditorIds.DETAIL_TITLE).queryLabeled().getText()).isEqualTo(SAMPLE_TITLE);
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MemberIds.TAB_MEMBERS);
        TableView<?> members = robot.lookup("#" + MemberIds.MEMBERS_TABLE).queryTableView();
        assertThat(members.getItems()).hasSize(37);
        assertThat(members.isVisible()).isTrue();
    }

    @Test
    void searchIgnoresMarksAndSaysWhenNothingMatches(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list.loadedProperty().get());
        TableView<?> table = robot.lookup("#" + DelegationIds.TABLE).queryTableView();

        robot.clickOn("#" + DelegationIds.SEARCH).write("hue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);

        TextField search = robot.lookup("#" + DelegationIds.SEARCH).queryAs(TextField.class);
        robot.interact(() -> search.setText("Quảng Ninh"));
        assertThat(table.getItems()).isEmpty();
        assertThat(((Labeled) table.getPlaceholder()).getText()).isEqualTo("Không có đoàn nào khớp với “Quảng Ninh”.");

        robot.clickOn(search).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(3);
    }

    @Test
    void keyboardOnlyFromSearchToDetail(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list.loadedProperty().get());
        robot.clickOn("#" + DelegationIds.SEARCH).write("dak lak");
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        waitUntil(() -> detail.presentProperty().get());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(detail.titleProperty().get()).isEqualTo(SAMPLE_TITLE);
        assertThat(robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class).isFocused()).isTrue();
    }

    @Test
    void everyInteractiveControlHasAccessibleText(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list.loadedProperty().get());
        // The members table is built when its tab first shows with a delegation open.
        robot.doubleClickOn(firstRow(robot));
        waitUntil(() -> detail.presentProperty().get());
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        for (String id : new String[] {DelegationIds.SEARCH, DelegationIds.TABLE, EditorIds.TABS, MemberIds.MEMBERS_TABLE}) {
            Node node = robot.lookup("#" + id).query();
            assertThat(node.getAccessibleText()).as(id).isNotBlank();
        }
    }

    private static Node firstRow(FxRobot robot) {
        return robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<?> row) -> !row.isEmpty() && row.getIndex() == 0).query();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
