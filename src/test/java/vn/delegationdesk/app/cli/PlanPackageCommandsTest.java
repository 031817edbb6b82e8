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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanActivity;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.TestPlans;

/** {@code export-plan ID FILE}, then {@code import FILE} on a fresh store: the new id, and {@code plans} lists it. */
class PlanPackageCommandsTest {
    private static final String SAMPLE_LINE = String.join("\t", "1", "/KH-SVHTT", "Tham gia với vai trò thành viên, tham dự "
            + "hội nghị, diễn đàn Mạng lưới các thành phố Sáng tạo của UNESCO năm 2025", "2025-01-01", "2025-12-31", "5", "0");

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result run(String store, String... args) {
        CommandLineApp app = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")),
                new Messages(), SampleDelegation::create, Map.of());
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve(store).toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPlanExportedFromOneStoreIsImportedIntoAFreshOneAndListed() throws Exception {
        run("a", "sample-plan");
        run("a", "sample-plan");
        Path file = dir.resolve("ke-hoach.json");

        Result exported = run("a", "export-plan", "2", file.toString());
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(exported.out()).isEmpty();
        assertThat(Files.readString(file)).contains("\"format\": \"delegation-desk/plan\"");

        Result imported = run("b", "import", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("1" + System.lineSeparator());
        assertThat(imported.err()).isEmpty();
        assertThat(run("b", "plans").out().lines()).containsExactly(SAMPLE_LINE);
        assertThat(run("b", "list").out()).as("no delegation was made").isEmpty();
    }

    @Test
    void intoAFolderThePackageIsNamedForThePlanAndItsPathPrinted() {
        run("a", "sample-plan");

        Result exported = run("a", "export-plan", "1", dir.toString());

        assertThat(exported.status()).as(exported.err()).isZero();
        Path written = Path.of(exported.out().strip());
        assertThat(written.getParent()).isEqualTo(dir);
        assertThat(written.getFileName().toString()).startsWith("Goi-ke-hoach_Tham-gia-voi-vai-tro-thanh-vien").endsWith(".json");
        assertThat(written).exists();
    }

    @Test
    void anUnknownPlanIsRefusedAndNothingIsWritten() {
        Path file = dir.resolve("ke-hoach.json");

        Result refused = run("a", "export-plan", "9", file.toString());

        assertThat(refused.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(refused.err().strip()).isEqualTo("Không có kế hoạch nào mang mã 9; xem các mã bằng lệnh plans.");
        assertThat(file).doesNotExist();
        assertThat(run("a", "export-plan", "abc", file.toString()).err().strip())
                .isEqualTo("Mã kế hoạch \"abc\" không hợp lệ: mã kế hoạch là số nguyên dương, xem bằng lệnh plans.");
    }

    @Test
    void aDelegationLinkIsLeftBehindWithANoteOnStderr() throws Exception {
        run("a", "sample");
        Files.createDirectories(dir.resolve("a"));
        try (AppServices services = StoreServices.open(dir.resolve("a"), new Messages())) {
            Plan plan = TestPlans.network();
            List<PlanActivity> activities = new ArrayList<>(plan.activities());
            activities.add(PlanActivity.delegation("a-d", "k-1", 1L, "Đoàn khảo sát Đắk Lắk – Lâm Đồng"));
            services.plans().create(plan.withActivities(activities));
        }
        Path file = dir.resolve("ke-hoach.json");
        run("a", "export-plan", "1", file.toString());

        Result imported = run("b", "import", file.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("1" + System.lineSeparator());
        assertThat(imported.err().strip()).isEqualTo("Lưu ý: 1 hoạt động là đoàn công tác chưa gắn với đoàn nào ở dữ liệu này "
                + "(mã đoàn không dùng được giữa hai cơ sở dữ liệu); hãy gắn lại bằng nút «Gắn đoàn công tác…» trong kế hoạch.");
        assertThat(run("b", "plans").out().lines()).singleElement().asString().endsWith("\t2\t25");
    }

    @Test
    void aBrokenPlanPackageIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
        run("a", "sample-plan");
        Path file = dir.resolve("ke-hoach.json");
        run("a", "export-plan", "1", file.toString());
        Files.writeString(file, Files.readString(file).replace("\"leadUnit\": \"Phòng Quản lý Di sản văn hóa\"", "\"leadUnit\": 7"));

        Result refused = run("b", "import", file.toString());

        assertThat(refused.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(refused.err()).startsWith("tasks[0].leadUnit: phải là chuỗi ký tự, không phải 7");
        assertThat(run("b", "plans").out()).isEmpty();
    }
}
