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
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.CaoBangPlan;
import vn.delegationdesk.testing.EmbeddedServer;
import vn.delegationdesk.testing.TestPlans;

/** {@code sample-plan} and {@code plans} on a data folder (H2) and on the embedded PostgreSQL server. */
class PlanCommandsTest {
    private static final String SAMPLE_LINE = String.join("\t", "1", "/KH-SVHTT", "Tham gia với vai trò thành viên, tham dự "
            + "hội nghị, diễn đàn Mạng lưới các thành phố Sáng tạo của UNESCO năm 2025", "2025-01-01", "2025-12-31", "5", "0");
    private static final String PASSWORD = "Mật khẩu 2025";

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result run(Map<String, String> env, List<String> options, String... args) {
        CommandLineApp app = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")),
                new Messages(), SampleDelegation::create, env);
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result run(String... args) {
        return run(Map.of(), List.of("--data-dir", dir.resolve("data").toString()), args);
    }

    @Test
    void samplePlanThenPlansPrintsOneTabSeparatedLine() {
        assertThat(run("plans").out()).as("an empty store lists nothing").isEmpty();

        Result sample = run("sample-plan");
        assertThat(sample.status()).as(sample.err()).isZero();
        assertThat(sample.out()).isEqualTo("1" + System.lineSeparator());

        Result plans = run("plans");
        assertThat(plans.status()).isZero();
        assertThat(plans.err()).isEmpty();
        assertThat(plans.out().lines()).containsExactly(SAMPLE_LINE);
        assertThat(run("list").out()).as("no delegation was made").isEmpty();
    }

    @Test
    void plansCountTasksAndActivitiesAndLeaveAnOpenPeriodEmpty() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        try (AppServices services = StoreServices.open(dir.resolve("data"), new Messages())) {
            services.plans().create(TestPlans.network());
            services.plans().create(CaoBangPlan.create());
        }

        Result plans = run("plans");

        assertThat(plans.out().lines()).containsExactlyInAnyOrder(
                String.join("\t", "1", "/KH-SVHTT", "Kế hoạch tham gia Mạng lưới năm 2025", "2025-01-01", "2025-12-31", "2", "24"),
                String.join("\t", "2", "/KH-UBND", "Thực hiện Quyết định số 2640/QĐ-TTg ngày 04/12/2025 của Thủ tướng Chính phủ "
                        + "ban hành Kế hoạch triển khai thực hiện Kết luận số 84-KL/TW, ngày 21/6/2024 của Bộ Chính trị tiếp tục "
                        + "thực hiện Nghị quyết số 23-NQ/TW ngày 16/6/2008 của Bộ Chính trị (khóa X)", "", "", "5", "0"));
    }

    @Test
    void helpNamesBothCommandsAndAnOperandIsAUsageError() {
        Result help = run("--help");
        Result extra = run("plans", "1");

        assertThat(help.out()).contains("delegation-desk [--data-dir DIR | --store URL --user NAME] plans",
                "delegation-desk [--data-dir DIR | --store URL --user NAME] sample-plan",
                "sample-plan     tạo kế hoạch mẫu (tham gia Mạng lưới các thành phố Sáng tạo của UNESCO năm 2025), in mã kế hoạch mới");
        assertThat(extra.status()).isEqualTo(CommandLineApp.USAGE);
        assertThat(extra.err().strip()).isEqualTo("Lệnh plans cần đúng cú pháp: plans.");
    }

    @Test
    void onTheServerTheSampleIsStoredByAnOrganiserAndRefusedToFinance() {
        String database = EmbeddedServer.createDatabase();
        try {
            String store = EmbeddedServer.url(database).substring("jdbc:".length());
            String organiser = EmbeddedServer.createUser(database, PASSWORD);
            EmbeddedServer.grantRoles(organiser, Role.values());
            String finance = EmbeddedServer.createUser(database, PASSWORD);
            EmbeddedServer.grantRoles(finance, Role.FINANCE);
            Map<String, String> env = Map.of(CommandLineApp.PASSWORD_ENV, PASSWORD);

            Result refused = run(env, List.of("--store", store, "--user", finance), "sample-plan");
            Result sample = run(env, List.of("--store", store, "--user", organiser), "sample-plan");
            Result plans = run(env, List.of("--store", store, "--user", finance), "plans");

            assertThat(refused.status()).isEqualTo(CommandLineApp.FAILED);
            assertThat(refused.err().strip()).isEqualTo("Lưu kế hoạch, chương trình: cần vai trò «Soạn kế hoạch»; tài khoản "
                    + finance + " không có vai trò này");
            assertThat(sample.status()).as(sample.err()).isZero();
            assertThat(sample.out().strip()).isEqualTo("1");
            assertThat(plans.err()).isEmpty();
            assertThat(plans.out().lines()).containsExactly(SAMPLE_LINE);
        } finally {
            EmbeddedServer.drop(database);
        }
    }
}
