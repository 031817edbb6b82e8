package vn.delegationdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;

/**
 * Kills a process that is saving delegations in a loop with SIGKILL in the middle of its 100 saves, then opens
 * the store: it must open cleanly and hold every save the writer reported as committed, whole. The test first
 * proves that the kill did come in the middle: the writer died of the signal, not at its end, and neither its
 * reports nor the store reach the 100 saves.
 */
class CrashSafetyTest {
    private static final int LOOPS = 100;
    private static final int KILL_AFTER = 40;
    /** How a JVM that SIGKILL ended reports on Linux and macOS: 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 137;

    @TempDir
    Path dataDir;

    @Test
    void everyCommittedSaveSurvivesAKilledWriter() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process writer = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashWriter.class.getName(), dataDir.toString(),
                Integer.toString(LOOPS)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Long, String> committed = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < KILL_AFTER && (line = out.readLine()) != null) {
                record(committed, line);
            }
            // SIGKILL on Linux and macOS: no shutdown hook, no close; a save may be half written. Through the process
            // handle, which (unlike Process.destroyForcibly) leaves the pipe open for the lines still in it.
            writer.toHandle().destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // Whatever the writer reported before it died is still in the pipe: those saves are committed too.
            while ((line = out.readLine()) != null) {
                record(committed, line);
            }
        } finally {
            writer.destroyForcibly();
        }

        boolean windows = System.getProperty("os.name").startsWith("Windows");
        assertThat(writer.exitValue()).as("the writer was killed, it did not finish and exit").isNotZero();
        if (!windows) {
            assertThat(writer.exitValue()).as("exit status of a SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
        }
        assertThat(committed).as("saves reported before the kill: some, not all").hasSizeGreaterThanOrEqualTo(KILL_AFTER)
                .hasSizeLessThan(LOOPS);

        try (Database database = Database.openStore(dataDir)) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            for (Map.Entry<Long, String> save : committed.entrySet()) {
                Delegation stored = repository.findById(save.getKey()).orElseThrow();
                assertThat(stored.title()).isEqualTo(save.getValue());
                assertThat(stored.members()).hasSize(37);
            }
            // Every reported save, and at most the one in flight, which may have committed before it was reported.
            assertThat(repository.findSummaries()).hasSizeBetween(committed.size(), committed.size() + 1)
                    .hasSizeLessThan(LOOPS)
                    .allSatisfy(s -> assertThat(s.membersFilled()).isEqualTo(37));
        }
    }

    /** One line of the writer: the id of a committed save and its number. */
    private static void record(Map<Long, String> committed, String line) {
        String[] fields = line.split("\t");
        committed.put(Long.parseLong(fields[0]), "Lần lưu " + fields[1]);
    }
}
