package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.PdfPages;
import vn.delegationdesk.testing.TestPlans;

/** {@code plan-document} and {@code plan-report}: a stored plan's PDFs into a folder, refusals in Vietnamese. */
class PlanDocumentCommandsTest {
    @TempDir
    Path dir;

    private final Messages messages = new Messages();
    private final CommandLineApp app = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")),
            messages, SampleDelegation::create, (data, key) -> StoreServices.open(data, key, messages));
    private long planId;

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The sample delegation (id 1) and the network's plan with the delegation linked to task 1. */
    @BeforeEach
    void storeThePlanWithTheSampleLinked() {
        assertThat(run("sample").status()).isZero();
        try (AppServices services = StoreServices.open(dir.resolve("data"), messages)) {
            Plan network = TestPlans.network();
            List<PlanActivity> activities = new ArrayList<>(network.activities());
            activities.add(PlanActivity.delegation("a-d1", "k-1", 1L, "Đoàn Đắk Lắk – Lâm Đồng"));
            planId = services.plans().create(network.withActivities(activities));
        }
    }

    private static String oneLine(byte[] pdf) {
        return PdfPages.allText(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void planReportWritesTheYearsReportWithTheFiguresAndTheLinkedDelegation() throws Exception {
        Path out = dir.resolve("bao-cao");

        Result result = run("plan-report", Long.toString(planId), "--period", "2025", "--out", out.toString());

        Path file = out.resolve("plan-" + planId + "-report-2025.pdf");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(file.toString());
        assertThat(oneLine(Files.readAllBytes(file))).contains("Kết quả thực hiện Kế hoạch số /KH-SVHTT năm 2025")
                .contains("Phiên họp online 20 – 30 cuộc 22 cuộc đạt").contains("Tọa đàm, workshop 3 – 5 cuộc 2 cuộc chưa đạt")
                .contains("từ ngày 14/10/2025 đến ngày 19/10/2025, 37 người");
    }

    @Test
    void planReportOfTheFirstHalfTakesItsOwnFileName() throws Exception {
        Result result = run("plan-report", Long.toString(planId), "--out", dir.toString(), "--period", "2025-H1");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(oneLine(Files.readAllBytes(dir.resolve("plan-" + planId + "-report-2025-H1.pdf"))))
                .contains("6 tháng đầu năm 2025").contains("Phiên họp online 20 – 30 cuộc 17 cuộc chưa đạt");
    }

    @Test
    void planDocumentWritesThePlanWithItsAnnex() throws Exception {
        Result result = run("plan-document", Long.toString(planId), "--out", dir.toString());

        assertThat(result.status()).as(result.err()).isZero();
        List<String> pages = PdfPages.text(Files.readAllBytes(dir.resolve("plan-" + planId + ".pdf")));
        assertThat(pages.get(0).replaceAll("\\s+", " ")).contains("Số: /KH-SVHTT").contains("KẾ HOẠCH");
        assertThat(pages.get(pages.size() - 1).replaceAll("\\s+", " ")).contains("DANH MỤC NHIỆM VỤ")
                .contains("Tham dự các Hội nghị, diễn đàn").contains("Phòng Quản lý Di");
    }

    @Test
    void aBadPeriodOrMissingOptionIsAUsageErrorAndAnUnknownPlanFailsWritingNothing() {
        Path out = dir.resolve("nothing");

        Result badPeriod = run("plan-report", Long.toString(planId), "--period", "2025-H3", "--out", out.toString());
        Result noPeriod = run("plan-report", Long.toString(planId), "--out", out.toString());
        Result noOut = run("plan-document", Long.toString(planId));
        Result unknown = run("plan-report", "99", "--period", "2025", "--out", out.toString());
        Result badId = run("plan-document", "ke-hoach", "--out", out.toString());

        assertThat(badPeriod.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(badPeriod.err()).contains("Kỳ báo cáo \"2025-H3\" không hợp lệ").contains("2025-H1 (6 tháng đầu năm)");
        assertThat(noPeriod.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(noPeriod.err()).contains("Lệnh plan-report cần kỳ báo cáo: --period PERIOD");
        assertThat(noOut.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(noOut.err()).contains("Lệnh plan-document cần thư mục ghi văn bản: --out DIR");
        assertThat(unknown.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(unknown.err()).contains("Không có kế hoạch nào mang mã 99");
        assertThat(badId.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(badId.err()).contains("Mã kế hoạch \"ke-hoach\" không hợp lệ");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpListsThePlanCommands() {
        assertThat(run("--help").out()).contains("plan-document ID --out DIR", "plan-report ID --period PERIOD --out DIR");
    }
}
