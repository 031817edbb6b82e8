package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
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
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.delegation.member.roster.ui.RosterIds;
import vn.delegationdesk.delegation.member.ui.MemberIds;
import vn.delegationdesk.delegation.overview.ui.OverviewIds;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.delegation.programme.ui.ProgrammeIds;
import vn.delegationdesk.delegation.programme.ui.ProgrammeItems;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.ChosenFileDialogs;
import vn.delegationdesk.testing.TestServices;

/**
 * The clerk's main flow on the real window over a real H2 store, headless: create a delegation, add a leg, import
 * three members from a workbook with one bad row (reported; the two good ones land), add and move an activity,
 * save, then open the store again and find everything there.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFlowFxTest {
    private static final String TITLE = "Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế";
    private static final LocalDate D03 = LocalDate.of(2025, 11, 3);
    private static final LocalDate D04 = LocalDate.of(2025, 11, 4);

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;

    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private Path workbook;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.delegations().create(SampleDelegation.create());
        workbook = Workbooks.threeMembers().save(files.resolve("danh-sach-don-vi.xlsx"));
        tasks = new FxTaskRunner();
        DialogService dialogs = new ChosenFileDialogs(new FxDialogService(messages, () -> stage), workbook);
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(services, tasks, dialogs, SampleDelegation::create, () -> LocalDate.of(2025, 10, 1),
                TestServices.quietDevices());
        workspace.attach(window);
        list = workspace.list();
        editor = workspace.editor();
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        list.load();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void createAddLegImportMoveSaveAndReopen(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get());

        robot.clickOn("#" + EditorIds.NEW);
        robot.clickOn("#" + EditorIds.NEW_TITLE).write(TITLE);
        robot.clickOn("#" + EditorIds.NEW_START).write("03/11/2025");
        robot.clickOn("#" + EditorIds.NEW_END).write("06/11/2025");
        robot.clickOn("#" + EditorIds.NEW_CONFIRM);
        waitUntil(() -> editor.presentProperty().get() && TITLE.equals(editor.titleProperty().get()));
        assertThat(list.rows()).hasSize(2);

        reveal(robot, OverviewIds.LEG_ADD);
        robot.clickOn("#" + OverviewIds.LEG_ADD);
        reveal(robot, OverviewIds.LEG_PLACE);
        robot.doubleClickOn("#" + OverviewIds.LEG_PLACE).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("thành phố Huế");
        robot.doubleClickOn("#" + OverviewIds.LEG_END).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("06/11/2025");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.draft().get().legs()).containsExactly(new Leg("thành phố Huế", "", D03, LocalDate.of(2025, 11, 6), ""));
        assertThat(editor.problems()).isEmpty();

        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        robot.clickOn("#" + MemberIds.MEMBERS_IMPORT);
        waitUntil(() -> robot.lookup("#" + RosterIds.SUMMARY).tryQuery().isPresent()
                && robot.lookup("#" + RosterIds.SUMMARY).queryLabeled().getText().startsWith("Hợp lệ"));
        assertThat(robot.lookup("#" + RosterIds.SUMMARY).queryLabeled().getText()).isEqualTo("Hợp lệ: 2 dòng · Bị từ chối: 1 dòng");
        robot.interact(() -> robot.lookup("#" + RosterIds.TABS).queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> rejected = robot.lookup("#" + RosterIds.REJECTED_LIST + " .list-cell").queryAllAs(ListCell.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isBlank()).toList();
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0)).startsWith("Dòng 4").contains("31/02/1980");
        robot.clickOn("#" + RosterIds.CONFIRM);
        waitUntil(() -> editor.draft().get().members().size() == 2 && !editor.isDirty() && !editor.isBusy());
        assertThat(editor.draft().get().members()).extracting(Member::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(robot.lookup("#" + MemberIds.MEMBERS_NOTICE).queryLabeled().getText())
                .isEqualTo("Đã thêm 2 thành viên từ tệp Excel.");

        robot.clickOn("#" + ProgrammeIds.TAB_PROGRAMME);
        robot.clickOn("#" + ProgrammeIds.addTo(new Slot(D03, HalfDay.MORNING)));
        robot.write("Đón đoàn, làm việc với Sở Văn hóa và Thể thao");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + ProgrammeIds.activityRow(new ActivityRef(D03, HalfDay.MORNING, 0)));
        @SuppressWarnings("unchecked")
        ComboBox<ProgrammeItems.Target> target = robot.lookup("#" + ProgrammeIds.MOVE_TARGET).queryAs(ComboBox.class);
        ProgrammeItems.Target afternoon = target.getItems().stream()
                .filter(t -> t.label().equals("Thứ Ba, 04/11/2025 – Buổi chiều")).findFirst().orElseThrow();
        robot.interact(() -> target.getSelectionModel().select(afternoon));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.isDirty()).isTrue();

        robot.clickOn("#" + EditorIds.SAVE);
        waitUntil(() -> !editor.isDirty() && !editor.isBusy());
        assertThat(robot.lookup("#" + EditorIds.SAVE_STATE).queryLabeled().getText()).startsWith("Đã lưu lúc ");

        robot.interact(() -> {
            try {
                services.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        services = StoreServices.open(dataDir, new Messages());
        DelegationSummary summary = services.delegations().list().stream().filter(s -> s.title().equals(TITLE)).findFirst()
                .orElseThrow();
        Delegation reopened = services.delegations().find(summary.id()).orElseThrow();
        assertThat(reopened.startDate()).isEqualTo(D03);
        assertThat(reopened.legs()).extracting(Leg::place).containsExactly("thành phố Huế");
        assertThat(reopened.members()).extracting(Member::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(reopened.programme()).extracting(ProgrammeDay::date).containsExactly(D04);
        assertThat(reopened.programme().get(0).activitiesIn(HalfDay.AFTERNOON)).extracting(Activity::description)
                .containsExactly("Đón đoàn, làm việc với Sở Văn hóa và Thể thao");
        assertThat(summary.membersFilled()).isEqualTo(2);
    }

    /** Scrolls the page that holds the node so that it is on screen (a robot clicks at screen positions). */
    private static void reveal(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        robot.interact(() -> {
            Parent parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane page) {
                Node content = page.getContent();
                Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double free = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
                page.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, (at.getMinY() - 40) / free)));
                page.layout();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
