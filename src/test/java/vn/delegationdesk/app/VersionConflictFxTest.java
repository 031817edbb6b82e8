package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.SaveConflict;
import vn.delegationdesk.delegation.StoredVersion;
import vn.delegationdesk.delegation.VersionedDelegation;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.overview.ui.OverviewIds;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxDialogService;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.TestServices;

/**
 * Two clerks on one store, on the real window, headless: I open the sample, chị Bình (a second service over the same
 * database, as a second computer on a shared server) saves it with another title, I type my title and save: the conflict
 * dialog names her and the time and shows both titles; "Tải lại bản đã lưu" shows her title. Then she saves again and
 * the editor's poll says so above the tabs.
 */
@ExtendWith(ApplicationExtension.class)
class VersionConflictFxTest {
    private static final String HER_TITLE = "Đoàn khảo sát du lịch cộng đồng – bản chị Bình";
    private static final String MY_TITLE = "Đoàn khảo sát du lịch cộng đồng – bản anh An";

    @TempDir
    static Path dataDir;

    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationService binh;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private long id;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        Database database = Database.openStore(dataDir);
        services = StoreServices.build(database, messages, database::close);
        binh = new DelegationService(new JdbcDelegationRepository(database), () -> "Trần Thị Bình");
        id = services.delegations().create(SampleDelegation.create());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(services, tasks, new FxDialogService(messages, () -> stage), SampleDelegation::create,
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
    void close() throws Exception {
        tasks.close();
        services.close();
    }

    private StoredVersion binhSavesTitle(String title) {
        VersionedDelegation hers = binh.openVersioned(id).orElseThrow();
        return binh.save(hers.delegation().toBuilder().title(title).build(), hers.version());
    }

    @Test
    void mySaveAfterHersShowsTheConflictAndReloadShowsHerText(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get());
        robot.interact(() -> list.select(id));
        waitUntil(() -> editor.presentProperty().get() && editor.openedVersion() != null && !editor.isBusy());
        StoredVersion hers = binhSavesTitle(HER_TITLE);

        robot.doubleClickOn("#" + OverviewIds.TITLE).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(MY_TITLE);
        waitUntil(() -> MY_TITLE.equals(editor.titleProperty().get()));
        robot.clickOn("#" + EditorIds.SAVE);
        waitUntil(() -> robot.lookup("#" + EditorIds.VERSION_DIALOG).tryQuery().isPresent());

        robot.interact(() -> screenshot(robot.lookup("#" + EditorIds.VERSION_DIALOG).query().getScene(), "version-conflict.png"));
        String when = SaveConflict.when(hers);
        assertThat(robot.lookup("#" + EditorIds.VERSION_MESSAGE).queryLabeled().getText())
                .startsWith("Đoàn này đã được Trần Thị Bình lưu lúc " + when + ", sau khi bạn mở nó.");
        @SuppressWarnings("unchecked")
        List<String> differences = robot.lookup("#" + EditorIds.VERSION_DIFFERENCES).queryAs(ListView.class).getItems();
        assertThat(differences).containsExactly("Tên kế hoạch: bản của bạn “" + MY_TITLE + "”, bản đã lưu “" + HER_TITLE + "”");
        assertThat(robot.lookup("#" + EditorIds.VERSION_RELOAD).queryButton().getText()).isEqualTo("Tải lại bản đã lưu");
        assertThat(robot.lookup("#" + EditorIds.VERSION_KEEP_MINE).queryButton().getText()).isEqualTo("Lưu bản của tôi thành bản sao");
        assertThat(robot.lookup("#" + EditorIds.VERSION_CANCEL).queryButton().getText()).isEqualTo("Hủy");
        assertThat(robot.lookup("#" + EditorIds.VERSION_CANCEL).queryButton().isDefaultButton()).isTrue();
        assertThat(services.delegations().find(id).orElseThrow().title()).isEqualTo(HER_TITLE);

        robot.clickOn("#" + EditorIds.VERSION_RELOAD);
        waitUntil(() -> robot.lookup("#" + EditorIds.VERSION_DIALOG).tryQuery().isEmpty() && !editor.isBusy()
                && !list.isBusy());

        assertThat(robot.lookup("#" + EditorIds.DETAIL_TITLE).queryLabeled().getText()).isEqualTo(HER_TITLE);
        assertThat(robot.lookup("#" + OverviewIds.TITLE).queryTextInputControl().getText()).isEqualTo(HER_TITLE);
        assertThat(robot.lookup("#" + EditorIds.SAVE_STATE).queryLabeled().getText())
                .isEqualTo("Đã tải lại bản của Trần Thị Bình");
        assertThat(editor.isDirty()).isFalse();

        StoredVersion again = binhSavesTitle(HER_TITLE + " (lần hai)");
        robot.interact(editor::checkForNewer);
        waitUntil(() -> robot.lookup("#" + EditorIds.NEWER_NOTICE).queryLabeled().isVisible());
        assertThat(robot.lookup("#" + EditorIds.NEWER_NOTICE).queryLabeled().getText())
                .isEqualTo("Đã có bản mới hơn do Trần Thị Bình lưu lúc " + SaveConflict.when(again));
        assertThat(robot.lookup("#" + EditorIds.NEWER_SHOW).queryButton().getText()).isEqualTo("Xem khác biệt…");
        robot.interact(() -> screenshot(robot.lookup("#" + EditorIds.NEWER_NOTICE).query().getScene(), "version-newer-notice.png"));
    }

    /** Keeps what the user saw in target/screenshots, to be looked at. */
    private static void screenshot(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(out, "png", folder.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
