package vn.delegationdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.AppServices;
import vn.delegationdesk.app.StoreServices;
import vn.delegationdesk.app.launch.Main;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The real entry point, in a second JVM, against a data folder this JVM holds open. */
class SecondInstanceTest {
    @TempDir
    Path dir;

    @Test
    void secondCopyOfTheAppSaysSoInVietnameseAndTheFirstKeepsWorking() throws Exception {
        try (AppServices first = StoreServices.open(dir, new Messages())) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process child = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--data-dir", dir.toString(), "list")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(child.exitValue()).isEqualTo(CommandLineApp.FAILED);
            assertThat(stderr.strip()).startsWith("Delegation Desk đang mở ở một cửa sổ khác")
                    .doesNotContain("\n").doesNotContain("Exception").doesNotContain("org.h2");

            long id = first.delegations().create(SampleDelegation.create());
            assertThat(first.delegations().find(id)).isPresent();
        }
    }
}
