package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.platform.i18n.Messages;

/** The window's store session: the start-up chores come after the list shows. */
class StoreSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private StoreSession session() {
        return new StoreSession(() -> dataDir, new Messages(), CLOCK);
    }

    @Test
    void theStartUpCopyAndTheSupportLogComeAfterTheListNotWithTheStore() throws Exception {
        StoreSession session = session();
        AppServices services = session.load();
        try {
            assertThat(Files.exists(dataDir.resolve("backups"))).isFalse();

            session.afterListShown();

            try (var copies = Files.list(dataDir.resolve("backups"))) {
                assertThat(copies.map(p -> p.getFileName().toString()).toList())
                        .containsExactly("delegation-desk-20261202-083000.zip");
            }
            assertThat(Files.readString(dataDir.resolve("logs").resolve("delegation-desk.log"))).contains("log started");
        } finally {
            services.close();
        }
        List<Path> before;
        try (var copies = Files.list(dataDir.resolve("backups"))) {
            before = copies.toList();
        }
        session.afterListShown();
        try (var copies = Files.list(dataDir.resolve("backups"))) {
            assertThat(copies.toList()).as("a closed store gets no copy").isEqualTo(before);
        }
    }
}
