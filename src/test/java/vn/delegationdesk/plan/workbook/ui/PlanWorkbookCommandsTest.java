package vn.delegationdesk.plan.workbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestPlans;

/** The two commands of the plans window, driven as the window drives them, with what the user reads after each. */
class PlanWorkbookCommandsTest {
    @TempDir
    Path dir;
    private final Messages messages = new Messages();
    private final MemoryPlanRepository repository = new MemoryPlanRepository();
    private final PlanService plans = new PlanService(repository, RoleGate.everyRole(() -> "lan"));
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> asked = new ArrayList<>();
    private final List<ResultImportViewModel> previews = new ArrayList<>();
    private TableOptions answer = new TableOptions(ReportPeriod.firstHalf(2025), false);
    private PlanWorkbookCommands commands;
    private long planId;

    @BeforeEach
    void setUp() {
        planId = plans.create(TestPlans.network());
        TableOptionsPrompt prompt = (title, periods, proposed, offerPerUnit) -> {
            asked.add(title + " | " + periods.stream().map(ReportPeriod::code).toList() + " | " + proposed.code() + " | "
                    + offerPerUnit);
            return Optional.ofNullable(answer);
        };
        commands = new PlanWorkbookCommands(plans, new DirectTaskRunner(), dialogs, messages, prompt, previews::add,
                () -> LocalDate.of(2025, 6, 2));
    }

    @Test
    void theButtonsAreLabelledInVietnamese() {
        assertThat(commands.exportCommandText()).isEqualTo("Xuất bảng nhiệm vụ…");
        assertThat(commands.importCommandText()).isEqualTo("Nhập kết quả từ các đơn vị…");
    }

    @Test
    void exportAsksThePeriodAndTheFileThenSaysWhatWasWritten() {
        Path target = dir.resolve("Bang.xlsx");
        dialogs.chooseFile(target);

        commands.exportTable(planId);

        assertThat(asked).containsExactly("Xuất bảng nhiệm vụ cho các đơn vị | [2025-H1, 2025] | 2025-H1 | true");
        assertThat(dialogs.shown("save")).extracting(RecordingDialogService.Shown::message)
                .containsExactly("Bang-nhiem-vu_Ke-hoach-tham-gia-Mang-luoi-nam-2025_2025-H1.xlsx");
        assertThat(target).exists();
        assertThat(commands.statusProperty().get()).isEqualTo("Đã xuất 2 nhiệm vụ, cột kết quả 6 tháng đầu năm 2025, vào tệp "
                + target + ".");
    }

    @Test
    void importShowsThePreviewAndConfirmingStoresTheChangeAndSaysSo() throws IOException {
        Path exported = dir.resolve("Bang.xlsx");
        dialogs.chooseFile(exported);
        commands.exportTable(planId);
        Path returned = dir.resolve("Phong-QLDSVH.xlsx");
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook book = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(returned)) {
            book.getSheetAt(0).getRow(5).getCell(6).setCellValue("Đã tham dự 12 phiên họp.");
            book.write(out);
        }
        dialogs.chooseFile(returned);

        commands.importResults(planId);

        assertThat(asked).last().isEqualTo("Nhập kết quả từ các đơn vị | [2025-H1, 2025] | 2025-H1 | false");
        ResultImportViewModel preview = previews.get(0);
        assertThat(preview.summaryProperty().get()).isEqualTo("Tệp Phong-QLDSVH.xlsx, kết quả 6 tháng đầu năm 2025: 1 kết quả "
                + "thay đổi, 1 không đổi, 0 dòng bị từ chối. Chưa có gì được ghi cho đến khi bấm “Ghi kết quả”.");
        assertThat(preview.lines()).extracting(PreviewLine::where, PreviewLine::number, PreviewLine::outcome, PreviewLine::newResult)
                .containsExactly(tuple("Trang “Nhiệm vụ”, dòng 6", "1", "Thay đổi",
                        "Đã tham dự 12 phiên họp."), tuple("Trang “Nhiệm vụ”, dòng 7", "2.1",
                        "Không đổi", ""));
        assertThat(plans.find(planId).orElseThrow().tasks().get(0).resultFor("2025-H1")).isEmpty();

        preview.confirm();

        assertThat(preview.finishedProperty().get()).isTrue();
        assertThat(plans.find(planId).orElseThrow().tasks().get(0).resultFor("2025-H1")).isEqualTo("Đã tham dự 12 phiên họp.");
        assertThat(commands.statusProperty().get()).isEqualTo("Đã ghi 1 kết quả 6 tháng đầu năm 2025 từ tệp Phong-QLDSVH.xlsx.");
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidInThePreviewAndNothingCanBeConfirmed() throws IOException {
        Path text = Files.writeString(dir.resolve("ket-qua.xlsx"), "STT;Kết quả\n1;Xong\n");
        dialogs.chooseFile(text);

        commands.importResults(planId);

        ResultImportViewModel preview = previews.get(0);
        assertThat(preview.problemProperty().get()).startsWith("Tệp ket-qua.xlsx không phải tệp Excel .xlsx");
        assertThat(preview.canConfirmProperty().get()).isFalse();
    }

    @Test
    void cancellingThePeriodAsksForNoFile() {
        answer = null;

        commands.importResults(planId);

        assertThat(dialogs.shown()).isEmpty();
        assertThat(previews).isEmpty();
    }
}
