package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.ui.BudgetIds;
import vn.delegationdesk.budget.ui.EstimateRow;
import vn.delegationdesk.budget.ui.EstimateViewModel;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorIds;
import vn.delegationdesk.delegation.list.DelegationIds;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.documents.ui.DocumentsTab;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.FxTaskRunner;
import vn.delegationdesk.platform.ui.Theme;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestServices;

/**
 * The estimate tab on the real window, headless, wired as the app wires it: open the sample, go to "Dự toán kinh
 * phí", type a unit price into the table, see the total follow, export through a recording exporter, and save.
 */
@ExtendWith(ApplicationExtension.class)
class EstimateFlowFxTest {
    @TempDir
    static Path files;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Exported> exported = new CopyOnWriteArrayList<>();
    private AppServices services;
    private FxTaskRunner tasks;
    private DelegationListViewModel list;
    private DelegationEditorViewModel editor;
    private EstimateViewModel estimate;

    private record Exported(Estimate estimate, Delegation delegation, Path file) {
    }

    @Start
    void start(Stage stage) {
        Messages messages = new Messages();
        services = TestServices.inMemory(SampleDelegation.create());
        tasks = new FxTaskRunner();
        MainWindow window = new MainWindow(messages);
        Workspace workspace = new Workspace(services, tasks, dialogs, SampleDelegation::create, LocalDate::now,
                new Workspace.Devices((e, d, file) -> exported.add(new Exported(e, d, file)),
                        new DocumentsTab.Devices(new PdfPageRasterizer(48), (pdf, job) -> true, file -> { })));
        workspace.attach(window);
        list = workspace.list();
        editor = workspace.editor();
        estimate = workspace.estimate();
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
    void typeAUnitPriceSeeTheTotalExportAndSave(FxRobot robot) throws TimeoutException {
        waitUntil(() -> list.loadedProperty().get());
        Node first = robot.lookup("#" + DelegationIds.TABLE + " .table-row-cell")
                .match((TableRow<?> row) -> !row.isEmpty() && row.getIndex() == 0).query();
        robot.doubleClickOn(first);
        waitUntil(() -> editor.presentProperty().get());
        robot.clickOn("#" + BudgetIds.TAB_ESTIMATE);
        waitUntil(() -> estimate.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + BudgetIds.TOTAL).queryLabeled().getText()).isEqualTo("66.600.000");
        assertThat(robot.lookup("#" + BudgetIds.TOTAL_IN_WORDS).queryLabeled().getText())
                .isEqualTo("Bằng chữ (tạm tính, chưa đủ đơn giá): Sáu mươi sáu triệu sáu trăm nghìn đồng.");

        TableView<EstimateRow> table = robot.lookup("#" + BudgetIds.TABLE).queryTableView();
        int car = indexOf(table, "travel.car");
        TableColumn<EstimateRow, ?> unitPrice = table.getColumns().get(5);
        // Like a clerk at a small screen: give the editor the window's height, then bring the line into view.
        SplitPane workspace = robot.lookup("#" + MainWindow.WORKSPACE).queryAs(SplitPane.class);
        robot.interact(() -> workspace.setDividerPositions(0));
        robot.interact(() -> table.scrollTo(car));
        waitUntil(() -> robot.lookup("#" + BudgetIds.TABLE + " .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() == unitPrice && c.getIndex() == car && !c.isEmpty())
                .tryQuery().isPresent());
        Node cell = robot.lookup("#" + BudgetIds.TABLE + " .table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() == unitPrice && c.getIndex() == car && !c.isEmpty()).query();
        // Select the cell, then F2 (a double click works too, but its timing is not reliable on a busy test machine).
        robot.clickOn(cell);
        waitUntil(() -> table.getFocusModel().getFocusedCell().getRow() == car);
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#" + BudgetIds.CELL_EDITOR).tryQuery().isPresent());
        robot.write("3.500.000").press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + BudgetIds.TOTAL).queryLabeled().getText()).isEqualTo("87.600.000");
        assertThat(robot.lookup("#" + BudgetIds.TOTAL_IN_WORDS).queryLabeled().getText())
                .isEqualTo("Bằng chữ (tạm tính, chưa đủ đơn giá): Tám mươi bảy triệu sáu trăm nghìn đồng.");
        assertThat(table.getItems().get(indexOf(table, "travel.car")).amount()).isEqualTo("21.000.000");
        assertThat(editor.isDirty()).isTrue();

        dialogs.chooseFile(files.resolve("du-toan-dak-lak"));
        robot.clickOn("#" + BudgetIds.EXPORT);
        waitUntil(() -> !exported.isEmpty() && !estimate.isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.shown("save")).singleElement().extracting(RecordingDialogService.Shown::message)
                .isEqualTo("Du-toan_Dak-Lak-Lam-Dong_10-2025.xlsx");
        Exported written = exported.get(0);
        assertThat(written.file()).isEqualTo(files.resolve("du-toan-dak-lak.xlsx"));
        assertThat(written.estimate().total()).isEqualTo(87_600_000L);
        assertThat(robot.lookup("#" + BudgetIds.NOTICE).queryLabeled().getText())
                .isEqualTo("Đã xuất dự toán ra tệp " + files.resolve("du-toan-dak-lak.xlsx") + ".");

        robot.clickOn("#" + EditorIds.SAVE);
        waitUntil(() -> !editor.isDirty() && !editor.isBusy());
        assertThat(services.budget().worksheet(1L).override("travel.car").unitPrice()).isEqualTo(3_500_000L);
    }

    private static int indexOf(TableView<EstimateRow> table, String key) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no row " + key);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
