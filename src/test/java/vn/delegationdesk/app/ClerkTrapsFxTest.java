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
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.list.DelegationRowItem;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.delegation.member.roster.ui.RosterIds;
import vn.delegationdesk.delegation.member.ui.MemberIds;
import vn.delegationdesk.delegation.overview.ui.OverviewIds;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.ChosenFileDialogs;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.TestDelegations;
import vn.delegationdesk.testing.TestServices;

/**
 * The traps a clerk fell into on the real window (issue "The clerk's working day"), headless over an in-memory store
 * with the sample and a second delegation: Enter on "Xóa đoàn…" must keep the delegation; leaving after a refused save
 * must show the delegation the list highlights, with no message of another one; a leg's date mark must go once a
 * real date is typed, and its reason must show under the field.
 */
@ExtendWith(ApplicationExtension.class)
class ClerkTrapsFxTest {
    private static final String SAMPLE_TITLE = SampleDelegation.create().title();
    private static final String OTHER_TITLE = "Đoàn học tập kinh nghiệm bảo tồn di sản tại thành phố Huế";

    @TempDir
    static Path files;

    private InMemoryDelegationRepository repository;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;

    @Start
    void start(Stage stage) throws Exception {
        repository = InMemoryDelegationRepository.with(SampleDelegation.create(),
                TestDelegations.simple(OTHER_TITLE, DelegationStatus.APPROVED, "thành phố Huế", LocalDate.of(2025, 11, 3),
                        LocalDate.of(2025, 11, 5), 20, 3));
        Messages messages = new Messages();
        tasks = new FxTaskRunner();
        Path workbook = Workbooks.threeMembers().save(files.resolve("danh-sach-don-vi.xlsx"));
        DialogService dialogs = new ChosenFileDialogs(new FxDialogService(messages, () -> stage), workbook);
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(TestServices.of(repository), tasks, dialogs, SampleDelegation::create,
                () -> LocalDate.of(2025, 10, 1), TestServices.quietDevices());
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
    void close() {
        tasks.close();
    }

    @Test
    void enterOnTheDeleteQuestionKeepsTheDelegation(FxRobot robot) throws Exception {
        open(robot, OTHER_TITLE);

        robot.clickOn("#" + EditorIds.DELETE);
        waitUntil(() -> dialog(robot) != null);
        DialogPane pane = dialog(robot);
        assertThat(pane.getContentText()).startsWith("Xóa đoàn “" + OTHER_TITLE + "”").contains("không hoàn tác được");
        List<Button> buttons = robot.from(pane).lookup(".button").queryAllAs(Button.class).stream().toList();
        assertThat(buttons).extracting(Button::getText).containsExactlyInAnyOrder("Xóa đoàn", "Hủy");
        assertThat(buttons).filteredOn(Button::isDefaultButton).extracting(Button::getText).containsExactly("Hủy");

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> dialog(robot) == null && !editor.isBusy());

        assertThat(repository.findSummaries()).extracting(s -> s.title()).contains(OTHER_TITLE);
        assertThat(list.rows()).extracting(DelegationRowItem::title).contains(OTHER_TITLE);
        assertThat(editor.titleProperty().get()).isEqualTo(OTHER_TITLE);
    }

    @Test
    void theDestructiveButtonStillDeletes(FxRobot robot) throws Exception {
        open(robot, OTHER_TITLE);

        robot.clickOn("#" + EditorIds.DELETE);
        waitUntil(() -> dialog(robot) != null);
        robot.clickOn(robot.from(dialog(robot)).lookup(".button").match((Button b) -> "Xóa đoàn".equals(b.getText()))
                .queryButton());
        waitUntil(() -> !editor.presentProperty().get() && list.rows().size() == 1);

        assertThat(repository.findSummaries()).extracting(s -> s.title()).containsExactly(SAMPLE_TITLE);
    }

    @Test
    void leavingARefusedSaveShowsWhatTheListHighlights(FxRobot robot) throws Exception {
        // The other delegation first, with an import message on its members tab.
        open(robot, OTHER_TITLE);
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        robot.clickOn("#" + MemberIds.MEMBERS_IMPORT);
        waitUntil(() -> robot.lookup("#" + RosterIds.CONFIRM).tryQuery().isPresent()
                && !robot.lookup("#" + RosterIds.CONFIRM).queryButton().isDisabled());
        robot.clickOn("#" + RosterIds.CONFIRM);
        waitUntil(() -> !editor.isDirty() && !editor.isBusy() && editor.draft().get().members().size() == 5);
        assertThat(notice(robot)).isEqualTo("Đã thêm 2 thành viên từ tệp Excel.");

        // The sample: the other's message is not its own.
        open(robot, SAMPLE_TITLE);
        assertThat(notice(robot)).isEmpty();

        // An edit that cannot be saved (no title), a refused save.
        robot.clickOn("#" + OverviewIds.TAB_OVERVIEW);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea title = robot.lookup("#" + OverviewIds.TITLE).queryAs(TextArea.class);
        robot.clickOn(title).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).isEmpty();
        assertThat(editor.isDirty()).isTrue();
        robot.clickOn("#" + EditorIds.SAVE);
        waitUntil(() -> dialog(robot) != null);
        assertThat(dialog(robot).getHeaderText()).isEqualTo("Chưa lưu được đoàn công tác");
        robot.clickOn(robot.from(dialog(robot)).lookup(".button").queryButton());
        waitUntil(() -> dialog(robot) == null);

        // The other delegation in the list, "Lưu": refused again, so the sample stays, in the list too.
        robot.clickOn(row(robot, OTHER_TITLE));
        waitUntil(() -> dialog(robot) != null);
        assertThat(dialog(robot).getContentText())
                .isEqualTo("Đoàn đang mở (chưa có tên) có thay đổi chưa lưu. Lưu lại trước khi tiếp tục?");
        robot.clickOn(robot.from(dialog(robot)).lookup(".button").match((Button b) -> "Lưu".equals(b.getText())).queryButton());
        waitUntil(() -> dialog(robot) != null && "Chưa lưu được đoàn công tác".equals(dialog(robot).getHeaderText()));
        robot.clickOn(robot.from(dialog(robot)).lookup(".button").queryButton());
        waitUntil(() -> dialog(robot) == null && !list.isBusy() && !editor.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(highlighted(robot)).containsExactly(SAMPLE_TITLE);
        assertThat(list.selectedRowProperty().get().title()).isEqualTo(SAMPLE_TITLE);
        assertThat(editor.draft().get().title()).isEmpty();
        assertThat(editor.isDirty()).isTrue();

        // Again, "Không lưu": the other one everywhere.
        robot.clickOn(row(robot, OTHER_TITLE));
        waitUntil(() -> dialog(robot) != null);
        robot.clickOn(robot.from(dialog(robot)).lookup(".button").match((Button b) -> "Không lưu".equals(b.getText()))
                .queryButton());
        waitUntil(() -> dialog(robot) == null && !list.isBusy() && !editor.isBusy());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(highlighted(robot)).containsExactly(OTHER_TITLE);
        TableView<DelegationRowItem> table = robot.lookup("#" + DelegationIds.TABLE).queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo(OTHER_TITLE);
        assertThat(editor.titleProperty().get()).isEqualTo(OTHER_TITLE);
        assertThat(robot.lookup("#" + EditorIds.DETAIL_TITLE).queryLabeled().getText()).isEqualTo(OTHER_TITLE);
        assertThat(title.getText()).isEqualTo(OTHER_TITLE);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.problems()).isEmpty();
        assertThat(robot.lookup("#" + EditorIds.SAVE_STATE).queryLabeled().getText()).isEqualTo("Chưa có thay đổi nào để lưu.");
        robot.clickOn("#" + MemberIds.TAB_MEMBERS);
        assertThat(notice(robot)).isEmpty();
        assertThat(robot.lookup("#" + MemberIds.MEMBERS_TABLE).queryTableView().getItems()).hasSize(5);
        assertThat(repository.findSummaries()).extracting(s -> s.title()).containsExactlyInAnyOrder(SAMPLE_TITLE, OTHER_TITLE);
    }

    @Test
    void theGreyedSaveSaysWhy(FxRobot robot) throws Exception {
        open(robot, OTHER_TITLE);
        Button save = robot.lookup("#" + EditorIds.SAVE).queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(robot.lookup("#" + EditorIds.SAVE_STATE).queryLabeled().getText()).isEqualTo("Chưa có thay đổi nào để lưu.");

        robot.moveTo(save);
        waitUntil(() -> shownTooltip(robot) != null);
        assertThat(shownTooltip(robot).getText()).isEqualTo("Chưa có thay đổi nào để lưu.");
        assertThat(save.getAccessibleHelp()).isEqualTo("Chưa có thay đổi nào để lưu.");

        // The tooltip is a window of its own: gone before the next test clicks where it was.
        robot.moveTo("#" + EditorIds.TABS);
        waitUntil(() -> shownTooltip(robot) == null);
    }

    @Test
    void aCopyIsOfferedATitleOfItsOwn(FxRobot robot) throws Exception {
        open(robot, SAMPLE_TITLE);

        robot.clickOn("#" + EditorIds.COPY);
        waitUntil(() -> robot.lookup("#" + EditorIds.NEW_TITLE).tryQuery().isPresent());
        String offered = robot.lookup("#" + EditorIds.NEW_TITLE).queryTextInputControl().getText();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> dialog(robot) == null);

        assertThat(offered).isEqualTo(SAMPLE_TITLE + " (bản sao)");
        assertThat(list.rows()).hasSize(2);
    }

    @Test
    void aLegDateMarkGoesOnceARealDateIsTyped(FxRobot robot) throws Exception {
        open(robot, SAMPLE_TITLE);
        robot.clickOn("#" + OverviewIds.TAB_OVERVIEW);
        reveal(robot, OverviewIds.LEG_END);
        TextField end = robot.lookup("#" + OverviewIds.LEG_END).queryAs(TextField.class);
        assertThat(end.getText()).isEqualTo("16/10/2025");
        assertUnmarked(robot, end);

        retype(robot, end, "31/02/2025");
        assertThat(end.getStyleClass()).contains(Styles.INVALID);
        assertThat(reason(robot, end)).isEqualTo("Đến ngày của chặng không phải ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm, "
                + "ví dụ 14/10/2025");
        assertThat(end.getTooltip().getText()).isEqualTo(reason(robot, end));

        // A real date that breaks a rule shows the rule instead; a good one clears the field.
        retype(robot, end, "13/10/2025");
        assertThat(end.getStyleClass()).contains(Styles.INVALID);
        assertThat(reason(robot, end)).isEqualTo("ngày kết thúc trước ngày bắt đầu");
        retype(robot, end, "15/10/2025");
        assertThat(editor.draft().get().legs().get(0)).extracting(Leg::endDate).isEqualTo(LocalDate.of(2025, 10, 15));
        assertUnmarked(robot, end);

        robot.clickOn("#" + EditorIds.SAVE);
        waitUntil(() -> !editor.isDirty() && !editor.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(end.getText()).isEqualTo("15/10/2025");
        assertUnmarked(robot, end);
    }

    private static void retype(FxRobot robot, TextField field, String text) {
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertUnmarked(FxRobot robot, TextField field) {
        assertThat(field.getStyleClass()).doesNotContain(Styles.INVALID);
        assertThat(field.getTooltip()).isNull();
        assertThat(field.getAccessibleHelp()).isNull();
        assertThat(reason(robot, field)).isEmpty();
        assertThat(robot.lookup(".graphic-decoration, .decoration-pane").tryQuery()).isEmpty();
        assertThat(editor.problems()).isEmpty();
    }

    /** The reason shown beside a field: the visible field-error label of its own box, or "" when there is none. */
    private static String reason(FxRobot robot, TextField field) {
        return robot.from(field.getParent()).lookup("." + Styles.FIELD_ERROR).queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).findFirst().orElse("");
    }

    private void open(FxRobot robot, String title) throws TimeoutException {
        // The list reloads after a save: click once it is idle and the row's cell is laid out, not a cell being replaced.
        waitUntil(() -> list.loadedProperty().get() && !list.isBusy() && !editor.isBusy());
        waitUntil(() -> robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<DelegationRowItem> row) -> !row.isEmpty() && row.getItem() != null
                        && title.equals(row.getItem().title())).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(row(robot, title));

        waitUntil(() -> editor.presentProperty().get() && title.equals(editor.titleProperty().get()) && !list.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node row(FxRobot robot, String title) {
        return robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<DelegationRowItem> row) -> !row.isEmpty() && row.getItem() != null
                        && title.equals(row.getItem().title()))
                .query();
    }

    private static Tooltip shownTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing).filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .findFirst().orElse(null);
    }

    /** The titles of the rows the list shows as selected. */
    private static List<String> highlighted(FxRobot robot) {
        return robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.isSelected()).map(r -> ((DelegationRowItem) r.getItem()).title()).toList();
    }

    private static String notice(FxRobot robot) {
        Label notice = robot.lookup("#" + MemberIds.MEMBERS_NOTICE).queryAs(Label.class);
        return notice.isVisible() ? notice.getText() : "";
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class).filter(p -> p.getScene() != null
                && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing()).orElse(null);
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

    /** Waits until {@code condition} holds, read on the JavaFX thread (never halfway through an update). */
    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }
}
