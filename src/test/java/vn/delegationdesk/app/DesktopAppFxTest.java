package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.persistence.SettingsMappingMemory;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.InMemorySettingsRepository;
import vn.delegationdesk.testing.TestServices;

/** The application's life: loading state, services loaded off the FX thread, closed on stop; a failed load. */
class DesktopAppFxTest {
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void cleanup() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void showsLoadingThenTheStoreAndClosesTheServicesOnStop() throws Exception {
        CountDownLatch storeOpens = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        DesktopLaunch launch = new DesktopLaunch(() -> {
            storeOpens.await(10, TimeUnit.SECONDS);
            return new AppServices(new DelegationService(InMemoryDelegationRepository.with(SampleDelegation.create())),
                    new RosterService(new SettingsMappingMemory(new InMemorySettingsRepository())), TestServices.budget(),
                            TestServices.documents(), TestServices.bodies(), new InMemorySettingsRepository(), new Messages(),
                    () -> closed.set(true));
        }, SampleDelegation::create);

        app = FxToolkit.setupApplication(() -> new DesktopApp(launch, () -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + MainWindow.LOADING_PANE).query().isVisible()).isTrue();
        assertThat(robot.lookup("#" + DelegationIds.SEARCH).query().isDisabled()).isTrue();

        storeOpens.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + DelegationIds.TABLE).tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 1).orElse(false));
        // The rows arrive a moment before the list says it is loaded, in the same FX event: let it finish.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + MainWindow.LOADING_PANE).query().isVisible()).isFalse();

        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(closed).isTrue();
    }

    @Test
    void aFailedLoadIsShownInVietnameseThenTheAppExits() throws Exception {
        AtomicBoolean exited = new AtomicBoolean();
        DesktopLaunch launch = new DesktopLaunch(() -> {
            throw new IllegalStateException("Delegation Desk đang được mở ở một cửa sổ khác.");
        }, SampleDelegation::create);

        app = FxToolkit.setupApplication(() -> new DesktopApp(launch, () -> exited.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Không mở được dữ liệu");
        assertThat(dialog.getContentText()).isEqualTo("Delegation Desk đang được mở ở một cửa sổ khác.\n\nỨng dụng sẽ đóng lại.");
        assertThat(exited).isFalse();

        Button close = robot.lookup(".dialog-pane .button")
                .match((Button b) -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.CANCEL_CLOSE).queryButton();
        assertThat(close.getText()).isEqualTo("Đóng");
        robot.clickOn(close);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, exited::get);
    }

    @Test
    void aDamagedStoreOffersItsNewestBackupAndOpensIt(@TempDir Path dataDir) throws Exception {
        StoreSession first = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());
        try (AppServices services = first.load()) {
            first.afterListShown();
            services.delegations().create(SampleDelegation.create());
        }
        AppServices again = first.load();
        first.afterListShown();
        again.close();
        Path file = dataDir.resolve("delegation-desk.mv.db");
        byte[] garbage = new byte[(int) Files.size(file)];
        Arrays.fill(garbage, (byte) 'x');
        Files.write(file, garbage);
        StoreSession session = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());

        app = FxToolkit.setupApplication(() -> new DesktopApp(new DesktopLaunch(session, SampleDelegation::create), () -> { }));
        DialogPane dialog = waitForDialog();
        assertThat(dialog.getContentText()).startsWith("Tệp dữ liệu trong thư mục " + dataDir + " bị hỏng");
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(Button.class)).extracting(Button::getText)
                .containsExactlyInAnyOrder("Mở bản sao lưu gần nhất", "Chọn thư mục dữ liệu khác…", "Đóng");

        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().startsWith("Mở bản")).queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + DelegationIds.TABLE).tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 1).orElse(false));
        DialogPane info = waitForDialog();
        assertThat(info.getContentText()).startsWith("Đã mở bản sao lưu delegation-desk-").contains("-broken-");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.contains("-broken-")).toList()).hasSize(1);
        }
    }

    @Test
    void theStartUpCopyIsWrittenOnceTheListShows(@TempDir Path dataDir) throws Exception {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            services.delegations().create(SampleDelegation.create());
        }
        StoreSession session = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());

        app = FxToolkit.setupApplication(() -> new DesktopApp(new DesktopLaunch(session, SampleDelegation::create), () -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + DelegationIds.TABLE).tryQuery()
                .map(table -> ((TableView<?>) table).getItems().size() == 1).orElse(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (var copies = Files.list(dataDir.resolve("backups"))) {
                return copies.anyMatch(f -> f.getFileName().toString().matches("delegation-desk-\\d{8}-\\d{6}\\.zip"));
            } catch (java.io.IOException notYet) {
                return false;
            }
        });
        assertThat(Files.readString(dataDir.resolve("logs").resolve("delegation-desk.log"))).contains("log started");
    }

    @Test
    void anEncryptedStoreAsksForItsPasswordUntilItIsRight(@TempDir Path dataDir) throws Exception {
        Database.openStore(dataDir, "mật khẩu đúng".toCharArray()).close();
        StoreSession session = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());

        app = FxToolkit.setupApplication(() -> new DesktopApp(new DesktopLaunch(session, SampleDelegation::create), () -> { }));
        waitForDialog();
        robot.clickOn("#" + FxPasswordPrompt.PASSWORD_FIELD).write("sai");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Mở")).queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + FxPasswordPrompt.PASSWORD_ERROR).tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#" + FxPasswordPrompt.PASSWORD_ERROR).queryAs(Label.class).getText())
                .isEqualTo("Sai mật khẩu. Hãy thử lại.");

        robot.clickOn("#" + FxPasswordPrompt.PASSWORD_FIELD).write("mật khẩu đúng");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Mở")).queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + MainWindow.LOADING_PANE).tryQuery()
                .map(pane -> !pane.isVisible()).orElse(false));
        assertThat(robot.lookup("#" + MainWindow.DATA_MENU).query().isDisabled()).isFalse();
    }

    @Test
    void theFirstStartOffersToEncryptTheNewStore(@TempDir Path dataDir) throws Exception {
        StoreSession session = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());

        app = FxToolkit.setupApplication(() -> new DesktopApp(new DesktopLaunch(session, SampleDelegation::create), () -> { }));
        DialogPane offer = waitForDialog();
        assertThat(offer.getHeaderText()).isEqualTo("Bảo vệ dữ liệu bằng mật khẩu");
        assertThat(Files.exists(dataDir.resolve("delegation-desk.mv.db"))).isFalse();
        robot.clickOn("#" + FxPasswordPrompt.FIRST_START_ENCRYPT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + FxPasswordPrompt.PASSWORD_REPEAT).tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + FxPasswordPrompt.PASSWORD_FIELD).write("mật khẩu mới");
        robot.clickOn("#" + FxPasswordPrompt.PASSWORD_REPEAT).write("mật khẩu mới");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")
                || ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + MainWindow.LOADING_PANE).tryQuery()
                .map(pane -> !pane.isVisible()).orElse(false));

        byte[] head = Arrays.copyOf(Files.readAllBytes(dataDir.resolve("delegation-desk.mv.db")), 9);
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
    }

    @Test
    void declinedAtTheFirstStartTheStoreIsPlain(@TempDir Path dataDir) throws Exception {
        StoreSession session = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());

        app = FxToolkit.setupApplication(() -> new DesktopApp(new DesktopLaunch(session, SampleDelegation::create), () -> { }));
        waitForDialog();
        robot.clickOn("#" + FxPasswordPrompt.FIRST_START_SKIP);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + MainWindow.LOADING_PANE).tryQuery()
                .map(pane -> !pane.isVisible()).orElse(false));

        assertThat(session.encrypted()).isFalse();
        assertThat(Files.readString(dataDir.resolve("delegation-desk.mv.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("H:2");
    }

    private DialogPane waitForDialog() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }
}
