package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.documents.ui.DocumentIds;
import vn.delegationdesk.documents.ui.DocumentRow;
import vn.delegationdesk.documents.ui.DocumentsTab;
import vn.delegationdesk.documents.ui.DocumentsViewModel;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * The documents tab on the real window, headless, wired as the app wires it (with the stand-in pack): open the sample,
 * go to "Văn bản", see the first page of the plan, save it as a PDF; a click on a document's name shows it, its tick
 * alone chooses it for saving.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsFlowFxTest {
    @TempDir
    static Path files;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private DocumentsViewModel documents;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = TestServices.inMemory(SampleDelegation.create());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(services, tasks, dialogs, SampleDelegation::create, LocalDate::now,
                new Workspace.Devices((e, d, file) -> { },
                        new DocumentsTab.Devices(new PdfPageRasterizer(48), (pdf, job) -> true, opened::add)));
        workspace.attach(window);
        list = workspace.list();
        editor = workspace.editor();
        documents = workspace.documents();
        Scene scene = new Scene(window, 1280, 760);
        Theme.apply(scene);
        stage.setScene(scene);
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
    void theTabShowsThePlansFirstPageAndSavesItAsAPdf(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get());
        Node first = robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<?> row) -> !row.isEmpty() && row.getIndex() == 0).query();
        robot.doubleClickOn(first);
        waitUntil(() -> editor.presentProperty().get() && documents.readyProperty().get());

        robot.clickOn("#" + DocumentIds.TAB_DOCUMENTS);
        ImageView preview = robot.lookup("#" + DocumentIds.PREVIEW_IMAGE).queryAs(ImageView.class);
        waitUntil(() -> preview.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // A4 is 595.28 points wide; PDFBox cuts the pixel width down.
        assertThat(preview.getImage().getWidth()).isEqualTo(396);
        assertThat(preview.isVisible()).isTrue();
        assertThat(robot.lookup("#" + DocumentIds.PAGE_LABEL).queryLabeled().getText()).isEqualTo("Trang 1/1");

        dialogs.chooseFile(files.resolve("ke-hoach.pdf"));
        robot.clickOn("#" + DocumentIds.SAVE_PDF);
        waitUntil(() -> Files.exists(files.resolve("ke-hoach.pdf")) && !documents.noticeProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(PdfPages.allText(Files.readAllBytes(files.resolve("ke-hoach.pdf")))).startsWith("PLAN To chuc Doan");
        assertThat(robot.lookup("#" + DocumentIds.NOTICE).queryLabeled().getText())
                .isEqualTo("Đã lưu tệp " + files.resolve("ke-hoach.pdf") + ".");
    }

    @Test
    void aClickOnADocumentsNameShowsItAndOnlyItsTickChoosesIt(FxRobot robot) throws Exception {
        waitUntil(() -> list.loadedProperty().get());
        Node first = robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<?> row) -> !row.isEmpty() && row.getIndex() == 0).query();
        robot.doubleClickOn(first);
        waitUntil(() -> editor.presentProperty().get() && documents.readyProperty().get());
        robot.clickOn("#" + DocumentIds.TAB_DOCUMENTS);
        Label shown = robot.lookup("#" + DocumentIds.PREVIEW_TITLE).queryAs(Label.class);
        waitUntil(() -> "Kế hoạch".equals(shown.getText()));
        CheckBox estimateTick = robot.lookup("#" + DocumentIds.CHOOSE + "ESTIMATE").queryAs(CheckBox.class);

        robot.clickOn("#" + DocumentIds.NAME + "ESTIMATE");
        waitUntil(() -> "Dự toán kinh phí".equals(shown.getText()) && !documents.preview().renderingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(documents.choices().selectedProperty().get()).isEqualTo(DocumentKind.ESTIMATE);
        assertThat(estimateTick.isSelected()).isFalse();
        assertThat(documents.choices().rows()).noneMatch(DocumentRow::isChosen);
        // The page is read at the preview's width, not shrunk to its height.
        ImageView preview = robot.lookup("#" + DocumentIds.PREVIEW_IMAGE).queryAs(ImageView.class);
        assertThat(preview.getBoundsInParent().getWidth()).isGreaterThan(500);

        robot.clickOn("#" + DocumentIds.CHOOSE + "DECISION");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(documents.choices().rows()).filteredOn(DocumentRow::isChosen).extracting(DocumentRow::kind)
                .containsExactly(DocumentKind.DECISION);
        assertThat(documents.choices().selectedProperty().get()).isEqualTo(DocumentKind.ESTIMATE);
        assertThat(shown.getText()).isEqualTo("Dự toán kinh phí");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
