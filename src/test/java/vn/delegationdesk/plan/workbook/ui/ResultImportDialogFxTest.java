package vn.delegationdesk.plan.workbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestPlans;

/** The preview dialog as the clerk sees it: every row with its outcome, the refused row's reason, and the confirm button. */
@ExtendWith(ApplicationExtension.class)
class ResultImportDialogFxTest {
    @TempDir
    Path dir;
    private Stage stage;
    private final Messages messages = new Messages();
    private final PlanService plans = new PlanService(new MemoryPlanRepository(), RoleGate.everyRole(() -> "lan"));

    @Start
    void start(Stage primary) {
        this.stage = primary;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void thePreviewListsEveryRowAndConfirmingStoresTheChange(FxRobot robot) throws Exception {
        long planId = plans.create(TestPlans.network());
        RecordingDialogService dialogs = new RecordingDialogService();
        PlanWorkbookCommands commands = new PlanWorkbookCommands(plans, new DirectTaskRunner(), dialogs, messages,
                (title, periods, proposed, perUnit) -> Optional.of(new TableOptions(ReportPeriod.firstHalf(2025), false)),
                vm -> new ResultImportDialog(stage, vm, messages).show(), () -> LocalDate.of(2025, 6, 2));
        Path exported = dir.resolve("Bang.xlsx");
        dialogs.chooseFile(exported);
        WaitForAsyncUtils.asyncFx(() -> commands.exportTable(planId)).get(10, TimeUnit.SECONDS);
        Path returned = dir.resolve("Tra-loi.xlsx");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(returned)) {
            book.getSheetAt(0).getRow(5).getCell(6).setCellValue("Đã tham dự 12 phiên họp.");
            Row bad = book.getSheetAt(0).createRow(7);
            bad.createCell(0).setCellValue("9.9");
            bad.createCell(6).setCellValue("Thêm");
            book.write(out);
        }
        dialogs.chooseFile(returned);

        WaitForAsyncUtils.asyncFx(() -> commands.importResults(planId)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<PreviewLine> table = robot.lookup("#" + ResultImportDialog.TABLE_ID).queryTableView();
        assertThat(table.getItems()).extracting(PreviewLine::number, PreviewLine::outcome, PreviewLine::reason).containsExactly(
                tuple("1", "Thay đổi", ""),
                tuple("2.1", "Không đổi", ""),
                tuple("9.9", "Từ chối",
                        "Trang “Nhiệm vụ”, dòng 8 – STT: nhiệm vụ 9.9 không có trong kế hoạch"));
        assertThat(robot.lookup("#" + ResultImportDialog.SUMMARY_ID).queryAs(Label.class).getText())
                .contains("1 kết quả thay đổi, 1 không đổi, 1 dòng bị từ chối");
        Button confirm = robot.lookup("#" + ResultImportDialog.CONFIRM_ID).queryButton();
        assertThat(confirm.getText()).isEqualTo("Ghi kết quả (1)");

        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plans.find(planId).orElseThrow().tasks().get(0).resultFor("2025-H1")).isEqualTo("Đã tham dự 12 phiên họp.");
        assertThat(robot.lookup("#" + ResultImportDialog.TABLE_ID).tryQuery()).isEmpty();
        assertThat(commands.statusProperty().get()).isEqualTo("Đã ghi 1 kết quả 6 tháng đầu năm 2025 từ tệp Tra-loi.xlsx.");
    }
}
