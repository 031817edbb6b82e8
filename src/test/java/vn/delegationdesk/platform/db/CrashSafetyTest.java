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
 * the store: it must open cleanly and hold every save the writer reported as committed, whole.
 */
class CrashSafetyTest {
    private static final int LOOPS = 100;
    private static final int KILL_AFTER = 40;

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
                String[] fields = line.split("\t");
                committed.put(Long.parseLong(fields[0]), "Lần lưu " + fields[1]);
            }
        } finally {
            // SIGKILL on Linux and macOS: no shutdown hook, no close; a save may be half written.
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).hasSizeGreaterThanOrEqualTo(KILL_AFTER).hasSizeLessThan(LOOPS);

        try (Database database = Database.openStore(dataDir)) {
            JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
            for (Map.Entry<Long, String> save : committed.entrySet()) {
                Delegation stored = repository.findById(save.getKey()).orElseThrow();
                assertThat(stored.title()).isEqualTo(save.getValue());
                assertThat(stored.members()).hasSize(37);
            }
            assertThat(repository.findSummaries()).allSatisfy(s -> assertThat(s.membersFilled()).isEqualTo(37));
        }
    }
}
