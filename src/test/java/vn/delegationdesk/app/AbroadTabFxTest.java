package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.delegationdesk.abroad.ui.AbroadIds;
import vn.delegationdesk.abroad.ui.AbroadViewModel;
import vn.delegationdesk.budget.FlightClass;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;

/**
 * The tab "Đi nước ngoài" on the real window over an H2 store: the stored sample is domestic; switched to outbound, a
 * rate typed the English way is named as not a number, the save button is offered with the unsaved mark, and the save is
 * refused with nothing stored. A fare typed in the card of the estimate's prices prices the airfare line and moves the
 * total.
 */
@ExtendWith(ApplicationExtension.class)
class AbroadTabFxTest {
    @TempDir
    static Path dataDir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private AbroadViewModel abroad;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = StoreServices.open(dataDir, messages);
        services.delegations().create(SampleDelegation.create());
        tasks = new FxTaskRunner();
        Workspace workspace = WorkspaceWindow.show(stage, services, tasks, dialogs, messages);
        list = workspace.list();
        editor = workspace.editor();
        abroad = workspace.abroad();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    @Test
    void aRateTypedTheEnglishWayIsRefusedAndAFareTypedMovesTheTotal(FxRobot robot) throws Exception {
        long id = openAbroadTabAndSwitchOn(robot);
        // The rate is below the fold of the scrolling page: focus it as Tab would, then type.
        Node rate = robot.lookup("#" + AbroadIds.RATE_VALUE).query();
        robot.interact(rate::requestFocus);
        robot.write("25,345.5");
        WaitForAsyncUtils.waitForFxEvents();

        VBox problems = robot.lookup("#" + AbroadIds.PROBLEMS).queryAs(VBox.class);
        assertThat(problems.getChildren()).map(node -> ((Label) node).getText())
                .contains("Tỷ giá – Số đồng cho 1 USD: «25,345.5» không phải số (ví dụ 25.345,5)");
        Node dirty = robot.lookup("#" + AbroadIds.DIRTY).query();
        assertThat(dirty.isVisible()).isTrue();
        assertThat(((Label) dirty).getText()).isEqualTo("● Có thay đổi chưa lưu");
        Button save = robot.lookup("#" + AbroadIds.SAVE).queryButton();
        assertThat(save.getText()).isEqualTo("Lưu kế hoạch đi nước ngoài");

        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, AbroadIds.STATUS)).startsWith("Chưa lưu: còn ");
        assertThat(services.abroad().load(id)).isEmpty();

        // The estimate's prices: a fare in đồng needs no rate; typed, the airfare line and the total move.
        robot.interact(() -> abroad.rateValueProperty().set(""));
        int members = editor.draft().get().members().size();
        assertThat(text(robot, AbroadIds.TOTAL)).startsWith("Tổng cộng: 0 đ – dự thảo");
        ComboBox<FlightClass> flightClass = robot.lookup("#" + AbroadIds.PASSPORT + "0-class").queryComboBox();
        assertThat(flightClass.getConverter().toString(flightClass.getValue())).isEqualTo("Hạng phổ thông");

        type(robot, AbroadIds.INPUT + "fare-economy-amount", "15.000.000");
        TextField currency = robot.lookup("#" + AbroadIds.INPUT + "fare-economy-currency").queryAs(TextField.class);
        assertThat(currency.getPromptText()).isEqualTo("USD");
        type(robot, AbroadIds.INPUT + "fare-economy-currency", "VND");

        String expected = VietnameseNumbers.format(15_000_000L * members) + " đ";
        assertThat(text(robot, AbroadIds.TOTAL)).startsWith("Tổng cộng: " + expected);
        TableView<?> lines = robot.lookup("#" + AbroadIds.LINES).queryAs(TableView.class);
        assertThat(lines.getItems()).anySatisfy(row -> assertThat(row.toString()).contains("(hạng phổ thông)").contains(expected));
        assertThat(robot.lookup("#" + AbroadIds.DIRTY).query().isVisible()).isTrue();
        assertThat(services.abroad().load(id)).isEmpty();
    }

    /** Opens the stored sample, its tab "Đi nước ngoài", and switches it on; the delegation's id. */
    private long openAbroadTabAndSwitchOn(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get() && list.rows().size() == 1);
        robot.interact(() -> list.open(list.rows().get(0)));
        waitUntil(() -> editor.presentProperty().get() && !editor.isBusy());
        long id = editor.draft().get().id();
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0));
        TabPane tabs = robot.lookup("#" + EditorIds.TABS).queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(tab -> AbroadIds.TAB.equals(tab.getId())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab)));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Đi nước ngoài");
        waitUntil(() -> abroad.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, AbroadIds.STATUS)).startsWith("Đoàn công tác trong nước.");

        robot.clickOn("#" + AbroadIds.OUTBOUND);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(abroad.outboundProperty().get()).isTrue();
        return id;
    }

    /** Focuses a field below the fold of the scrolling page as Tab would, then types. */
    private static void type(FxRobot robot, String id, String text) {
        Node field = robot.lookup("#" + id).query();
        robot.interact(field::requestFocus);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
