package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;

/**
 * The commands on a PostgreSQL server ({@code --store postgresql://host:port/db --user NAME}, the password from
 * DELEGATION_DESK_PASSWORD), against the embedded server, with a user who must give a password as on a department's server.
 */
class CommandLineServerTest {
    private static final String PASSWORD = "Mật khẩu 2025";

    @TempDir
    Path dir;

    private String database;
    private String user;
    private String store;

    private record Result(int status, String out, String err) {
    }

    @BeforeEach
    void createDatabase() {
        database = EmbeddedServer.createDatabase();
        user = EmbeddedServer.createUser(database, PASSWORD);
        EmbeddedServer.grantRoles(user, Role.values());
        store = EmbeddedServer.url(database).substring("jdbc:".length());
    }

    @AfterEach
    void dropDatabase() {
        EmbeddedServer.drop(database);
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

    private Result onServer(String... args) {
        return run(Map.of(CommandLineApp.PASSWORD_ENV, PASSWORD), List.of("--store", store, "--user", user), args);
    }

    @Test
    void everyCommandWorksOnTheServer() throws Exception {
        Result sample = onServer("sample");
        assertThat(sample.status()).as(sample.err()).isZero();
        assertThat(sample.out().strip()).isEqualTo("1");

        Result list = onServer("list");
        assertThat(list.err()).isEmpty();
        String[] fields = list.out().strip().split("\t");
        assertThat(fields[0]).isEqualTo("1");
        assertThat(fields[1]).startsWith("Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế");
        assertThat(fields[2]).isEqualTo("2025-10-14");
        assertThat(fields[4]).isEqualTo("37/37");

        Result estimate = onServer("estimate", "1");
        assertThat(estimate.out().lines().toList()).contains(String.join("\t", "II", "Phụ cấp lưu trú", "người", "37", "6",
                "300000", "66600000", "TT 40/2017 Đ6, sửa đổi bởi TT 12/2025"));

        Path file = dir.resolve("goi.json");
        assertThat(onServer("export", "1", file.toString()).status()).isZero();
        Result imported = onServer("import", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("2");
        assertThat(onServer("list").out().lines()).hasSize(2);

        Path rates = dir.resolve("dinh-muc.json");
        assertThat(onServer("rates", "export", "Thông tư 12/2025/TT-BTC", rates.toString()).status()).isZero();
        assertThat(onServer("rates", "import", rates.toString()).out().strip())
                .isEqualTo("Tệp giống hệt bộ định mức «Thông tư 12/2025/TT-BTC» đang lưu: không có gì thay đổi.");

        Path docs = dir.resolve("van-ban");
        Result render = onServer("render", "1", "--doc", "plan-docx", "--out", docs.toString());
        assertThat(render.status()).as(render.err()).isZero();
        try (var written = Files.list(docs)) {
            assertThat(written.map(p -> p.getFileName().toString()).toList())
                    .containsExactly("plan.docx");
        }
    }

    @Test
    void aMissingPasswordIsRefusedBeforeConnecting() {
        Result refused = run(Map.of(), List.of("--store", store, "--user", user), "list");

        assertThat(refused.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(refused.err().strip()).isEqualTo("Chưa có mật khẩu của người dùng " + user + " trên máy chủ dữ liệu "
                + store + ": hãy đặt mật khẩu vào biến môi trường DELEGATION_DESK_PASSWORD rồi chạy lại lệnh.");
    }

    @Test
    void aWrongPasswordOrAServerThatIsDownIsNamedInVietnamese() {
        Result wrong = run(Map.of(CommandLineApp.PASSWORD_ENV, "sai"), List.of("--store", store, "--user", user), "list");
        assertThat(wrong.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(wrong.err().strip()).isEqualTo("Máy chủ PostgreSQL từ chối đăng nhập vào cơ sở dữ liệu " + store
                + ": tên người dùng hoặc mật khẩu không đúng.");

        Result down = run(Map.of(CommandLineApp.PASSWORD_ENV, PASSWORD),
                List.of("--store", "postgresql://localhost:1/" + database, "--user", user), "list");
        assertThat(down.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(down.err()).startsWith("Không kết nối được cơ sở dữ liệu postgresql://localhost:1/" + database
                + " trên máy chủ PostgreSQL").doesNotContain("Exception");
    }

    @Test
    void wrongStoreOptionsAreUsageErrors() {
        Map<String, String> env = new HashMap<>(Map.of(CommandLineApp.PASSWORD_ENV, PASSWORD));
        Result noUser = run(env, List.of("--store", store), "list");
        Result badPort = run(env, List.of("--store", "postgresql://localhost:70000/dd", "--user", user), "list");
        Result notUrl = run(env, List.of("--store", "may-chu/dd", "--user", user), "list");
        Result both = run(env, List.of("--store", store, "--user", user, "--data-dir", dir.toString()), "list");
        Result userAlone = run(env, List.of("--user", user, "--data-dir", dir.toString()), "list");

        assertThat(List.of(noUser, badPort, notUrl, both, userAlone)).extracting(Result::status)
                .containsOnly(CommandLineApp.USAGE);
        assertThat(noUser.err().strip()).isEqualTo("Cần tên người dùng để đăng nhập máy chủ dữ liệu " + store
                + ": thêm tùy chọn --user TÊN.");
        assertThat(badPort.err().strip()).isEqualTo("Địa chỉ máy chủ dữ liệu \"postgresql://localhost:70000/dd\" không đúng dạng"
                + " postgresql://máy-chủ[:cổng]/tên-cơ-sở-dữ-liệu (cổng là số từ 1 đến 65535, mặc định 5432).");
        assertThat(notUrl.err()).startsWith("Địa chỉ máy chủ dữ liệu \"may-chu/dd\" không đúng dạng");
        assertThat(both.err().strip()).startsWith("Chỉ chọn một nơi lưu dữ liệu: --data-dir DIR");
        assertThat(userAlone.err().strip()).isEqualTo("Tùy chọn --user chỉ dùng cùng --store"
                + " postgresql://máy-chủ[:cổng]/tên-cơ-sở-dữ-liệu.");
    }
}
