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
import vn.delegationdesk.platform.db.DataDirectory;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The command line's import refuses a package the text policy refuses, on one line naming the path, and stores nothing. */
class CommandLineTextPolicyTest {
    @TempDir
    Path dir;

    private final CommandLineApp app = new CommandLineApp(
            new DataDirectory("linux", Map.of(), Path.of("/nonexistent-home")), new Messages(), SampleDelegation::create);

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = app.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEscapeAndALoneSurrogateInAPackageAreRefusedWithTheirPathsAndNothingIsStored() throws Exception {
        run("sample");
        Path good = dir.resolve("good.json");
        run("export", "1", good.toString());
        String name = SampleDelegation.create().members().get(3).fullName();
        String title = SampleDelegation.create().title();
        String text = Files.readString(good)
                .replace("\"fullName\": \"" + name + "\"", "\"fullName\": \"" + name + "\\u001b\"")
                .replace("\"title\": \"" + title + "\"", "\"title\": \"\\uD800" + title + "\"");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);

        Result result = run("import", bad.toString());

        assertThat(result.status()).isEqualTo(CommandLineApp.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n", "Exception")
                .contains("title: có ký tự hỏng (U+D800, nửa mã UTF-16 đứng lẻ, không thành chữ nào) ở vị trí 1; ")
                .contains("members[3].fullName: có ký tự điều khiển không in được (U+001B) ở vị trí "
                        + (name.codePointCount(0, name.length()) + 1));
        assertThat(run("list").out().strip().split("\n")).as("only the sample").hasSize(1);
    }
}
