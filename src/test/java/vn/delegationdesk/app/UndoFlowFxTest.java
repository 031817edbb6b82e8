package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.ui.MemberIds;
import vn.delegationdesk.delegation.overview.ui.OverviewIds;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Slot;
import vn.delegationdesk.delegation.programme.ui.ProgrammeIds;
import vn.delegationdesk.delegation.programme.ui.ProgrammeItems;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * Undo and redo on the real window, headless, from the keyboard and the "Sửa" menu: a member deleted in the table
 * comes back with Ctrl+Z (focus in the table) and goes again with Ctrl+Y; an activity reordered with Alt+↑ or moved
 * to another session returns to its place; two edits in two tabs are undone one by one, each in its tab, until the
 * editor is clean; saving leaves nothing to undo; the search field keeps its own Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class UndoFlowFxTest {
    private static final LocalDate D14 = LocalDate.of(2025, 10, 14);
    private static final LocalDate D16 = LocalDate.of(2025, 10, 16);
    private static final String NEW_ACTIVITY = "Đón đoàn tại sân bay Buôn Ma Thuột";

    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private Delegation opened;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = TestServices.inMemory(SampleDelegation.create());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(services, tasks, new RecordingDialogService(), SampleDelegation::create,
                LocalDate::now, TestServices.quietDevices());
        workspace.attach(window);
        list = workspace.list();
        editor = workspace.editor();
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        // The test stage is shared: an earlier test may have left it smaller (the app's minimum size) or moved.
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        list.load();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void aDeletedMemberComesBackWithCtrlZInTheTableAndGoesAgainWithCtrlY(FxRobot robot) throws TimeoutException {
        openTheSample(robot);
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        TableView<Member> table = robot.lookup("#" + MemberIds.MEMBERS_TABLE).queryTableView();
        Member minh = opened.members().get(2);

        robot.clickOn(memberRow(robot, "Lê Quang Minh"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(table)).doesNotContain("Lê Quang Minh").hasSize(opened.members().size() - 1);
        assertThat(menuTexts(robot)).containsExactly("Hoàn tác: xóa thành viên Lê Quang Minh", "Làm lại");

        robot.clickOn(memberRow(robot, "Bùi Thu Trang"));
        press(robot, KeyCode.CONTROL, KeyCode.Z);

        assertThat(names(table)).hasSize(opened.members().size()).contains("Lê Quang Minh");
        assertThat(editor.draft().get().members().get(2)).isEqualTo(minh);
        assertThat(editor.isDirty()).isFalse();
        assertThat(robot.lookup("#" + EditorIds.SAVE).queryButton().isDisabled()).isTrue();
        assertThat(menuTexts(robot)).containsExactly("Hoàn tác", "Làm lại: xóa thành viên Lê Quang Minh");

        robot.clickOn(memberRow(robot, "Bùi Thu Trang"));
        press(robot, KeyCode.CONTROL, KeyCode.Y);

        assertThat(names(table)).doesNotContain("Lê Quang Minh").hasSize(opened.members().size() - 1);
        assertThat(editor.isDirty()).isTrue();

        // The menu does the same as the keys.
        clickMenuItem(robot, "Hoàn tác: xóa thành viên Lê Quang Minh");
        assertThat(names(table)).contains("Lê Quang Minh");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void anActivityReorderedWithAltUpOrMovedToAnotherSessionReturnsToItsPlace(FxRobot robot) throws TimeoutException {
        openTheSample(robot);
        robot.clickOn("#" + ProgrammeIds.TAB_PROGRAMME);
        robot.clickOn("#" + ProgrammeIds.addTo(new Slot(D14, HalfDay.MORNING)));
        robot.write(NEW_ACTIVITY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activitiesIn(D14, HalfDay.MORNING)).containsExactly(
                "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.", NEW_ACTIVITY);

        robot.clickOn("#" + ProgrammeIds.activityRow(new ActivityRef(D14, HalfDay.MORNING, 1)));
        press(robot, KeyCode.ALT, KeyCode.UP);
        assertThat(activitiesIn(D14, HalfDay.MORNING)).containsExactly(NEW_ACTIVITY,
                "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.");
        assertThat(menuTexts(robot).get(0)).isEqualTo("Hoàn tác: di chuyển hoạt động “" + NEW_ACTIVITY + "” lên");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(activitiesIn(D14, HalfDay.MORNING)).containsExactly(
                "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.", NEW_ACTIVITY);
        assertThat(robot.lookup("#" + ProgrammeIds.FORM_DESCRIPTION).queryTextInputControl().getText()).isEqualTo(NEW_ACTIVITY);

        // Ctrl+Shift+Z redoes too.
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(activitiesIn(D14, HalfDay.MORNING)).first().isEqualTo(NEW_ACTIVITY);
        press(robot, KeyCode.CONTROL, KeyCode.Z);

        robot.clickOn("#" + ProgrammeIds.activityRow(new ActivityRef(D14, HalfDay.EVENING, 0)));
        @SuppressWarnings("unchecked")
        ComboBox<ProgrammeItems.Target> target = robot.lookup("#" + ProgrammeIds.MOVE_TARGET).queryAs(ComboBox.class);
        ProgrammeItems.Target afternoon = target.getItems().stream()
                .filter(t -> t.label().equals("Thứ Năm, 16/10/2025 – Buổi chiều")).findFirst().orElseThrow();
        robot.interact(() -> target.getSelectionModel().select(afternoon));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activitiesIn(D14, HalfDay.EVENING)).isEmpty();
        assertThat(activitiesIn(D16, HalfDay.AFTERNOON)).endsWith("Khảo sát thực tế.");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(activitiesIn(D14, HalfDay.EVENING)).containsExactly("Khảo sát thực tế.");
        assertThat(activitiesIn(D16, HalfDay.AFTERNOON)).doesNotContain("Khảo sát thực tế.");

        // In a text field of the editor Ctrl+Z is the editor's too: the typed description is one step.
        robot.clickOn("#" + ProgrammeIds.FORM_DESCRIPTION);
        robot.clickOn("#" + ProgrammeIds.activityRow(new ActivityRef(D14, HalfDay.MORNING, 1)));
        robot.clickOn("#" + ProgrammeIds.FORM_DESCRIPTION);
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(activitiesIn(D14, HalfDay.MORNING)).containsExactly(
                "Đoàn xuất phát từ Hà Nội đến thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.", "");
        assertThat(menuTexts(robot).get(0)).isEqualTo("Hoàn tác: thêm hoạt động");
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.draft().get()).isEqualTo(opened);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void editsInTwoTabsAreUndoneOneByOneEachInItsTabUntilTheEditorIsClean(FxRobot robot) throws TimeoutException {
        openTheSample(robot);
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.clickOn("#" + OverviewIds.TAB_OVERVIEW);
        robot.clickOn("#" + OverviewIds.TITLE).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Đoàn khảo sát Tây Nguyên");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.draft().get().title()).isEqualTo("Đoàn khảo sát Tây Nguyên");
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        robot.clickOn(memberRow(robot, "Nguyễn Thị Hương"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.history().size()).isEqualTo(2);

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.draft().get().members()).isEqualTo(opened.members());
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(MemberIds.TAB_MEMBERS);
        assertThat(menuTexts(robot)).containsExactly("Hoàn tác: sửa tên kế hoạch", "Làm lại: xóa thành viên Nguyễn Thị Hương");
        assertThat(editor.isDirty()).isTrue();

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo(OverviewIds.TAB_OVERVIEW);
        assertThat(robot.lookup("#" + OverviewIds.TITLE).queryTextInputControl().getText()).isEqualTo(opened.title());
        assertThat(robot.lookup("#" + EditorIds.DETAIL_TITLE).queryLabeled().getText()).isEqualTo(opened.title());
        assertThat(editor.draft().get()).isEqualTo(opened);
        assertThat(editor.isDirty()).isFalse();
        assertThat(robot.lookup("#" + EditorIds.SAVE_STATE).queryLabeled().getText()).isEqualTo("Chưa có thay đổi nào để lưu.");
    }

    @Test
    void savingLeavesNothingToUndoAndTheSearchFieldKeepsItsOwnUndo(FxRobot robot) throws TimeoutException {
        openTheSample(robot);
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        robot.clickOn(memberRow(robot, "Bùi Thu Trang"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        robot.clickOn("#" + EditorIds.SAVE);
        waitUntil(() -> !editor.isDirty() && !editor.isBusy());

        assertThat(menuTexts(robot)).containsExactly("Hoàn tác", "Làm lại");
        assertThat(menuItem(robot, EditorIds.UNDO).isDisable()).isTrue();
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(editor.draft().get().members()).hasSize(opened.members().size() - 1);
        assertThat(editor.isDirty()).isFalse();

        robot.clickOn(memberRow(robot, "Lê Quang Minh"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + DelegationIds.SEARCH).write("Lâm Đồng");
        // The search field's own undo takes back its last word; the editor's history is untouched.
        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(robot.lookup("#" + DelegationIds.SEARCH).queryTextInputControl().getText()).isEqualTo("Lâm");
        assertThat(editor.draft().get().members()).hasSize(opened.members().size() - 2);
        assertThat(menuTexts(robot).get(0)).isEqualTo("Hoàn tác: xóa thành viên Lê Quang Minh");
    }

    private void openTheSample(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list.loadedProperty().get());
        Node first = robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<?> row) -> !row.isEmpty() && row.getIndex() == 0).query();
        robot.doubleClickOn(first);
        waitUntil(() -> editor.presentProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        opened = editor.draft().get();
    }

    private static Node memberRow(FxRobot robot, String name) {
        TableView<Member> table = robot.lookup("#" + MemberIds.MEMBERS_TABLE).queryTableView();
        int index = names(table).indexOf(name);
        robot.interact(() -> table.scrollTo(index));
        return robot.lookup("#" + MemberIds.MEMBERS_TABLE + " .table-row-cell")
                .match((TableRow<Member> row) -> row.getItem() != null && row.getItem().fullName().equals(name)).query();
    }

    private static List<String> names(TableView<Member> table) {
        return table.getItems().stream().map(Member::fullName).toList();
    }

    /** Opens "Sửa" and reads what its two items say on screen, then closes it. */
    private static List<String> menuTexts(FxRobot robot) {
        robot.clickOn("#" + EditorIds.EDIT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(text -> text.startsWith("Hoàn tác") || text.startsWith("Làm lại")).toList();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.of(menuItem(robot, EditorIds.UNDO).getText(), menuItem(robot, EditorIds.REDO).getText()))
                .isEqualTo(shown);
        return shown;
    }

    private static void clickMenuItem(FxRobot robot, String text) {
        robot.clickOn("#" + EditorIds.EDIT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match((Label label) -> text.equals(label.getText()))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuButton menu = robot.lookup("#" + EditorIds.EDIT_MENU).queryAs(MenuButton.class);
        return menu.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        List<KeyCode> order = new ArrayList<>(List.of(keys));
        Collections.reverse(order);
        robot.release(order.toArray(KeyCode[]::new));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> activitiesIn(LocalDate date, HalfDay halfDay) {
        return editor.draft().get().programme().stream().filter(day -> day.date().equals(date))
                .map(ProgrammeDay::activities).flatMap(List::stream).filter(a -> a.halfDay() == halfDay)
                .map(Activity::description).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
