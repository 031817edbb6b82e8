package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.budget.LineOverride;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementViewModel;
import vn.delegationdesk.settlement.ui.page.SettlementIds;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The conference desk's check-ins reaching the settlement through the app's wiring, over a store in a temporary folder:
 * 174 of 180 delegates checked in at the Đắk Lắk conference, refreshments estimated at 40.000 đ a delegate for its one
 * session; a refreshment invoice of 8.000.000 typed in "Chi phí thực tế" shows what the desk counted and the 6.960.000
 * it allows, the sheet does not reimburse 1.040.000, and "Dùng số điểm danh" puts 6.960.000 in the cost. Set
 * -Dattendance.png=FILE to keep a picture of the costs' form.
 */
@ExtendWith(ApplicationExtension.class)
class ConferenceAttendanceFxTest {
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;
    private static final String REFRESHMENT = "conference." + DAK_LAK + ".refreshment";

    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private SettlementViewModel settlement;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        tasks = new FxTaskRunner();
        Workspace workspace = WorkspaceWindow.show(stage, services, tasks, dialogs, messages);
        list = workspace.list();
        editor = workspace.editor();
        settlement = workspace.settlement();
        stage.setX(0);
        stage.setY(0);
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void theDesksCheckInsCapTheRefreshmentInvoiceAndFillItsCost(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get());
        robot.interact(list::createSample);
        waitUntil(() -> list.rows().size() == 1 && !list.isBusy());
        long id = services.delegations().list().get(0).id();
        List<Delegate> stored = services.conferenceDesk().save(id, DAK_LAK, TestDelegates.of(DAK_LAK));
        List<Delegate> coming = stored.stream().filter(d -> d.status() != DelegateStatus.DECLINED).toList();
        coming.forEach(d -> services.conferenceDesk().checkIn(d.id()));
        long offPayroll = coming.stream().filter(d -> !d.onPayroll()).count();
        services.budget().saveWorksheet(id, services.budget().worksheet(id).withOverride(REFRESHMENT,
                new LineOverride(null, null, null, null, 40_000L, null, false)));

        open(robot, 0);
        showSettlementTab(robot);
        waitUntil(() -> settlement.readyProperty().get());
        robot.clickOn("#" + SettlementIds.SECTION_LINES);
        robot.clickOn("#" + SettlementIds.LINE_ADD);
        robot.clickOn("#" + SettlementIds.LINE_ADD + "-DIRECT");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, SettlementIds.LINE_CONTENT, "Nước uống, giải khát hội nghị Đắk Lắk");
        @SuppressWarnings("unchecked")
        ComboBox<Choice> estimate = robot.lookup("#" + SettlementIds.LINE_ESTIMATE).queryAs(ComboBox.class);
        robot.interact(() -> estimate.getSelectionModel().select(estimate.getItems().stream()
                .filter(c -> c.id().equals(REFRESHMENT)).findFirst().orElseThrow()));
        type(robot, SettlementIds.LINE_COST, "8.000.000");

        Label attendance = robot.lookup("#" + SettlementIds.LINE_ATTENDANCE).queryAs(Label.class);
        assertThat(attendance.isVisible()).isTrue();
        assertThat(attendance.getText()).isEqualTo("Theo điểm danh: 174 đại biểu đã đến (" + offPayroll + " không hưởng lương "
                + "NSNN). Được thanh toán tối đa 174 người × 40.000 đ × 1 buổi = 6.960.000 đ.");
        assertThat(settlement.disallowed()).singleElement().asString().contains("không được thanh toán 1.040.000 đ",
                "Vượt số đại biểu thực tế dự: 174 người (theo điểm danh)");
        keepPicture(robot);

        Button use = robot.lookup("#" + SettlementIds.LINE_USE_ATTENDANCE).queryButton();
        assertThat(use.getText()).isEqualTo("Dùng số điểm danh");
        robot.clickOn(use);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + SettlementIds.LINE_COST).queryAs(TextField.class).getText()).isEqualTo("6.960.000");
        assertThat(settlement.disallowed()).isEmpty();
    }

    private void keepPicture(FxRobot robot) throws IOException {
        String file = System.getProperty("attendance.png");
        if (file == null) {
            return;
        }
        Node form = robot.lookup("#" + SettlementIds.LINE_ATTENDANCE).queryAs(Label.class).getParent().getParent();
        WritableImage shot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> form.snapshot(null, null)));
        PixelReader pixels = shot.getPixelReader();
        BufferedImage image = new BufferedImage((int) shot.getWidth(), (int) shot.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(file).toAbsolutePath().getParent());
        ImageIO.write(image, "png", Path.of(file).toFile());
    }

    private static void showSettlementTab(FxRobot robot) {
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0));
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> SettlementIds.TAB.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, int index) throws TimeoutException {
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0.4));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<?> r) -> !r.isEmpty() && r.getIndex() == index).query();
        robot.doubleClickOn(row);
        waitUntil(() -> editor.presentProperty().get() && !editor.isBusy());
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
