package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The command line on an encrypted store: the password from DELEGATION_DESK_PASSWORD, or a clear refusal. */
class CommandLinePasswordTest {
    @TempDir
    Path dir;

    private String[] run(Map<String, String> env, String... args) {
        CommandLineApp app = new CommandLineApp(new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")),
                new Messages(), SampleDelegation::create, env);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void anEncryptedStoreNeedsThePasswordFromTheEnvironment() {
        Database.openStore(dir, "bí mật".toCharArray()).close();

        String[] without = run(Map.of(), "list");
        assertThat(without[0]).isEqualTo("1");
        assertThat(without[2].strip()).isEqualTo("Dữ liệu đã được mã hóa: hãy đặt mật khẩu vào biến môi trường"
                + " DELEGATION_DESK_PASSWORD rồi chạy lại lệnh.");

        String[] wrong = run(Map.of("DELEGATION_DESK_PASSWORD", "sai"), "list");
        assertThat(wrong[0]).isEqualTo("1");
        assertThat(wrong[2]).startsWith("Sai mật khẩu").doesNotContain("Exception", "org.h2");

        String[] right = run(Map.of("DELEGATION_DESK_PASSWORD", "bí mật"), "sample");
        assertThat(right[0]).as(right[2]).isEqualTo("0");
        assertThat(run(Map.of("DELEGATION_DESK_PASSWORD", "bí mật"), "list")[1]).contains("Tổ chức Đoàn khảo sát");
    }
}
