package vn.delegationdesk.delegation.member.roster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.ImportContext;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.Workbooks;
import vn.delegationdesk.delegation.member.roster.persistence.SettingsMappingMemory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.testing.InMemorySettingsRepository;

/** The dialog headless (Monocle) on a three-row file with one bad row, with the real background runner. */
@ExtendWith(ApplicationExtension.class)
class MemberImportDialogFxTest {
    private final List<List<Member>> confirmed = new CopyOnWriteArrayList<>();
    private FxTaskRunner tasks;
    private Stage owner;
    private MemberImportViewModel model;
    private MemberImportDialog dialog;
    private Path dir;

    @Start
    void start(Stage stage) throws IOException {
        owner = stage;
        Scene scene = new Scene(new StackPane(), 1200, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        dir = Files.createTempDirectory("roster-fx");
        tasks = new FxTaskRunner();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void showsTheRejectedRowAndImportsTheTwoGoodOnes(FxRobot robot) throws Exception {
        Path file = Workbooks.threeMembers().save(dir.resolve("ba-dong.xlsx"));
        robot.interact(() -> {
            model = new MemberImportViewModel(new RosterService(new SettingsMappingMemory(new InMemorySettingsRepository())),
                    ImportContext.EMPTY, tasks,
                    new Messages(), confirmed::add);
            dialog = new MemberImportDialog(owner, model, new Messages());
            model.start(file);
            dialog.show();
        });
        waitUntil(() -> model.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + RosterIds.SUMMARY).queryLabeled().getText()).isEqualTo("Hợp lệ: 2 dòng · Bị từ chối: 1 dòng");
        TableView<?> mapping = robot.lookup("#" + RosterIds.MAPPING_TABLE).queryTableView();
        assertThat(mapping.getItems()).hasSize(6);
        ComboBox<?> nameChoice = robot.lookup("#" + RosterIds.FIELD_CHOICE_PREFIX + 1).queryComboBox();
        assertThat(nameChoice.getValue()).hasToString("Họ và tên");
        assertThat(nameChoice.getAccessibleText()).isEqualTo("Thông tin nhận giá trị của cột Họ và tên (cột B)");
        assertThat(robot.lookup("#" + RosterIds.PREVIEW_TABLE).queryTableView().getItems()).hasSize(2);

        TabPane tabs = robot.lookup("#" + RosterIds.TABS).queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("Bị từ chối (1)");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> rejected = robot.lookup("#" + RosterIds.REJECTED_LIST).queryListView();
        assertThat(rejected.isVisible()).isTrue();
        List<String> shown = robot.lookup("#" + RosterIds.REJECTED_LIST + " .list-cell").queryAllAs(ListCell.class).stream()
                .map(cell -> cell.getText()).filter(text -> text != null && !text.isEmpty()).toList();
        assertThat(shown).containsExactly(
                "Dòng 4: Ngày sinh “31/02/1980” không phải ngày có thật; Số CCCD “12345” phải gồm 9 hoặc 12 chữ số");

        Button confirm = robot.lookup("#" + RosterIds.CONFIRM).queryButton();
        assertThat(confirm.getText()).isEqualTo("Nhập 2 thành viên");
        assertThat(confirm.isDisabled()).isFalse();
        assertThat(robot.lookup("#" + RosterIds.CANCEL).queryButton().getText()).isEqualTo("Hủy");
        robot.clickOn(confirm);
        waitUntil(() -> !confirmed.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(confirmed).hasSize(1);
        assertThat(confirmed.get(0)).extracting(Member::fullName).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().getButtonData()).isEqualTo(javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    @Test
    void cancelClosesWithoutPassingAnything(FxRobot robot) throws Exception {
        Path file = Workbooks.threeMembers().save(dir.resolve("huy.xlsx"));
        robot.interact(() -> {
            model = new MemberImportViewModel(new RosterService(new SettingsMappingMemory(new InMemorySettingsRepository())),
                    ImportContext.EMPTY, tasks,
                    new Messages(), confirmed::add);
            dialog = new MemberImportDialog(owner, model, new Messages());
            model.start(file);
            dialog.show();
        });
        waitUntil(() -> model.loadedProperty().get());

        robot.clickOn("#" + RosterIds.CANCEL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(model.finishedProperty().get()).isTrue();
        assertThat(dialog.getResult().getButtonData()).isEqualTo(javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        assertThat(confirmed).isEmpty();
    }

    @Test
    void theConfirmButtonShowsItsWholeLabelForTwelveMembers(FxRobot robot) throws Exception {
        Path file = Workbooks.members(12).save(dir.resolve("muoi-hai.xlsx"));
        robot.interact(() -> {
            model = new MemberImportViewModel(new RosterService(new SettingsMappingMemory(new InMemorySettingsRepository())),
                    ImportContext.EMPTY, tasks, new Messages(), confirmed::add);
            dialog = new MemberImportDialog(owner, model, new Messages());
            dialog.show();
            model.start(file);
        });
        waitUntil(() -> model.loadedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Button confirm = robot.lookup("#" + RosterIds.CONFIRM).queryButton();
        assertThat(confirm.getText()).isEqualTo("Nhập 12 thành viên");
        // What the button draws, not only what it holds: a button cut to its first label's width shows "Nhập 12 thành ...".
        assertThat(((Text) confirm.lookup(".text")).getText()).isEqualTo("Nhập 12 thành viên");
        robot.interact(dialog::close);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
