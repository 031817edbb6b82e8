package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.app.server.ServerConnectionFile;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;

/** A start with a server remembered: its password asked, the window on the server, or on a failure back to the laptop. */
class ServerStartFxTest {
    private static final String PASSWORD = "mật khẩu của văn thư";

    private final FxRobot robot = new FxRobot();
    private Application app;
    private String database;
    private ServerAddress address;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void server() throws Exception {
        database = EmbeddedServer.createDatabase();
        String user = EmbeddedServer.createUser(database, PASSWORD);
        EmbeddedServer.grantRoles(user, Role.values());
        int port = Integer.parseInt(EmbeddedServer.url(database).replaceAll(".*:(\\d+)/.*", "$1"));
        address = new ServerAddress("localhost", port, database, user);
        ServerConnectionFile.write(dataDir, address);
    }

    @AfterEach
    void cleanup() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        EmbeddedServer.drop(database);
    }

    private void start() throws Exception {
        StoreSession session = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());
        app = FxToolkit.setupApplication(() -> new DesktopApp(new DesktopLaunch(session, SampleDelegation::create), () -> { }));
    }

    @Test
    void theRightPasswordOpensTheServerWithTheFileItemsGreyed() throws Exception {
        start();
        DialogPane asked = waitForDialog();
        assertThat(asked.getContentText() + textOf(asked)).contains("Nhập mật khẩu của người dùng " + address.user()
                + " trên máy chủ dữ liệu " + address.describe());
        robot.clickOn("#" + FxPasswordPrompt.PASSWORD_FIELD).write(PASSWORD);
        robot.clickOn(button("Mở"));
        waitForWindow();

        MenuButton menu = robot.lookup("#" + MainWindow.DATA_MENU).queryAs(MenuButton.class);
        assertThat(menu.isDisabled()).isFalse();
        MenuItem why = item(menu, MainWindow.DATA_ON_SERVER);
        assertThat(why.getText()).isEqualTo("Đang dùng dữ liệu trên máy chủ " + address.describe()
                + ": sao lưu, khôi phục và mã hóa do người quản trị máy chủ đảm nhiệm.");
        assertThat(why.isDisable()).isTrue();
        assertThat(item(menu, MainWindow.DATA_BACKUP).isDisable()).isTrue();
        assertThat(item(menu, MainWindow.DATA_ENCRYPT).isDisable()).isTrue();
        assertThat(item(menu, MainWindow.DATA_LAPTOP).getText()).isEqualTo("Dùng dữ liệu trên máy này");
        assertThat(menu.getItems()).extracting(MenuItem::getId).doesNotContain(MainWindow.DATA_TRANSFER, MainWindow.DATA_SERVER);
    }

    @Test
    void aRefusedLoginOffersTheWaysOutAndTheLaptopIsTheDefault() throws Exception {
        start();
        waitForDialog();
        robot.clickOn("#" + FxPasswordPrompt.PASSWORD_FIELD).write("sai");
        robot.clickOn(button("Mở"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().equals("Thử lại")).tryQuery().isPresent());
        DialogPane wayOut = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(wayOut.getHeaderText()).isEqualTo("Không mở được dữ liệu trên máy chủ");
        assertThat(wayOut.getContentText()).isEqualTo("Máy chủ PostgreSQL từ chối đăng nhập vào cơ sở dữ liệu "
                + address.describe() + ": tên người dùng hoặc mật khẩu không đúng.");
        Button laptop = button("Dùng dữ liệu trên máy này");
        assertThat(laptop.isDefaultButton()).isTrue();
        assertThat(button("Đổi kết nối…")).isNotNull();

        robot.clickOn(laptop);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(pane -> textOf((DialogPane) pane).contains("Đang dùng dữ liệu trên máy này.")).orElse(false));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        waitForWindow();
        MenuButton menu = robot.lookup("#" + MainWindow.DATA_MENU).queryAs(MenuButton.class);
        assertThat(menu.getItems()).extracting(MenuItem::getId).contains(MainWindow.DATA_SERVER, MainWindow.DATA_TRANSFER)
                .doesNotContain(MainWindow.DATA_ON_SERVER);
        assertThat(item(menu, MainWindow.DATA_SERVER).getText()).isEqualTo("Kết nối máy chủ dữ liệu…");
        assertThat(dataDir.resolve(ServerConnectionFile.NAME)).doesNotExist();
    }

    private static String textOf(DialogPane pane) {
        return pane.lookupAll(".label").stream().map(n -> ((javafx.scene.control.Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b) + (pane.getContentText() == null ? "" : pane.getContentText());
    }

    private static MenuItem item(MenuButton menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(text)).queryButton();
    }

    private DialogPane waitForDialog() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private void waitForWindow() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#" + MainWindow.LOADING_PANE).tryQuery()
                .map(pane -> !pane.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
