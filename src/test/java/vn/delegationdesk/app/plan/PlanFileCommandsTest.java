package vn.delegationdesk.app.plan;

import vn.delegationdesk.app.StandardDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.plan.MemoryPlanRepository;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.ReportPeriod;
import vn.delegationdesk.plan.workbook.ui.TableOptions;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DirectTaskRunner;
import vn.delegationdesk.sample.SamplePlan;
import vn.delegationdesk.testing.InMemoryDelegationRepository;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.RecordingDialogService;
import vn.delegationdesk.testing.TestPlans;

/** The plans window's document and sample commands without a screen: what they store and the PDFs they write. */
class PlanFileCommandsTest {
    private final Messages messages = new Messages();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final PlanService plans = new PlanService(new MemoryPlanRepository(), RoleGate.everyRole(() -> "lan"));
    private final List<List<ReportPeriod>> offered = new ArrayList<>();
    private final PlanFileCommands commands = new PlanFileCommands(plans, new DelegationService(InMemoryDelegationRepository.with()),
            StandardDocuments.planDocuments(messages), new DirectTaskRunner(), dialogs, (title, periods, proposed, perUnit) -> {
                offered.add(periods);
                return Optional.of(new TableOptions(ReportPeriod.year(2025), false));
            }, messages, () -> LocalDate.of(2025, 11, 20));

    @TempDir
    Path dir;

    @Test
    void theSamplePlanIsStoredAsSeed002() {
        List<Long> created = new ArrayList<>();
        commands.createSample(created::add);

        assertThat(plans.find(created.get(0)).orElseThrow().title()).isEqualTo(SamplePlan.create().title());
        assertThat(commands.statusProperty().get()).isEqualTo("Đã tạo kế hoạch mẫu");
    }

    @Test
    void thePlanAndItsReportAreWrittenWhereTheUserChooses() throws Exception {
        long id = plans.create(TestPlans.network());
        Path planPdf = dir.resolve("ke-hoach.pdf");
        dialogs.chooseFile(planPdf);
        commands.savePlan(id);
        Path reportPdf = dir.resolve("bao-cao.pdf");
        dialogs.chooseFile(reportPdf);
        commands.saveReport(id);

        assertThat(PdfPages.allText(Files.readAllBytes(planPdf))).contains("KẾ HOẠCH").contains("Phòng Quản lý Di sản văn hóa");
        String report = PdfPages.allText(Files.readAllBytes(reportPdf)).replaceAll("\\s+", " ");
        assertThat(report).contains("BÁO CÁO").contains("22 cuộc").contains("chưa đạt");
        assertThat(offered.get(0)).extracting(ReportPeriod::code).containsExactly("2025-H1", "2025");
        assertThat(commands.statusProperty().get()).isEqualTo("Đã lưu bao-cao.pdf");
        assertThat(dialogs.shown("save")).extracting(RecordingDialogService.Shown::message)
                .containsExactly("Ke-hoach_Ke-hoach-tham-gia-Mang-luoi-nam-2025.pdf",
                        "Bao-cao-ket-qua_Ke-hoach-tham-gia-Mang-luoi-nam-2025_2025.pdf");
    }

    @Test
    void thePlanIsSavedAsAPackageAndReadBackAsANewPlan() throws Exception {
        long id = plans.create(TestPlans.network());
        Path file = dir.resolve("goi-ke-hoach.json");
        dialogs.chooseFile(file);
        commands.savePackage(id);
        dialogs.chooseFile(file);
        List<Long> stored = new ArrayList<>();

        commands.importPackage(stored::add);

        assertThat(Files.readString(file)).contains("\"format\": \"delegation-desk/plan\"");
        assertThat(dialogs.shown("save")).extracting(RecordingDialogService.Shown::message)
                .containsExactly("Goi-ke-hoach_Ke-hoach-tham-gia-Mang-luoi-nam-2025.json");
        assertThat(stored).singleElement().isNotEqualTo(id);
        assertThat(plans.find(stored.get(0)).orElseThrow()).isEqualTo(TestPlans.network().withId(stored.get(0)));
        assertThat(commands.statusProperty().get()).isEqualTo("Đã nhập kế hoạch «Kế hoạch tham gia Mạng lưới năm 2025»");
        assertThat(dialogs.shown("info")).isEmpty();
    }

    @Test
    void aRefusedPackageIsShownWithItsProblemsAndStoresNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("hong.json"), "{\"format\": \"delegation-desk/plan\", \"formatVersion\": 2}");
        dialogs.chooseFile(file);
        List<Long> stored = new ArrayList<>();

        commands.importPackage(stored::add);

        assertThat(stored).isEmpty();
        assertThat(plans.list()).isEmpty();
        assertThat(commands.statusProperty().get()).isEqualTo("Chưa nhập được gói kế hoạch");
        assertThat(dialogs.shown("error")).extracting(RecordingDialogService.Shown::title, RecordingDialogService.Shown::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nhập gói kế hoạch", "$.formatVersion: gói kế hoạch phiên bản 2 "
                        + "không được hỗ trợ (có thể được xuất từ phiên bản Delegation Desk mới hơn); phiên bản hỗ trợ: 1"));
    }
}
