package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.delegation.DelegationSummary;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/** The window's store session: opening early, beside JavaFX's start, and the start-up chores after the list shows. */
class StoreSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private StoreSession session() {
        return new StoreSession(() -> dataDir, new Messages(), CLOCK);
    }

    @Test
    void anExistingStoreOpenedEarlyIsTheOneTheWindowGets() throws Exception {
        try (AppServices services = StoreServices.open(dataDir, new Messages())) {
            services.delegations().create(SampleDelegation.create());
        }
        StoreSession session = session();

        session.openEarly();
        try (AppServices services = session.load()) {
            assertThat(services.delegations().list()).extracting(DelegationSummary::title)
                    .containsExactly(SampleDelegation.create().title());
        }
    }

    @Test
    void aStoreNotThereYetIsLeftForTheFirstStartToCreateAfterItsQuestion() throws Exception {
        StoreSession session = session();

        session.openEarly();
        Thread.sleep(300);
        assertThat(session.isNewStore()).as("nothing created before the encryption question").isTrue();
        session.usePassword("mật khẩu mới".toCharArray());
        session.load().close();

        assertThat(Files.readString(dataDir.resolve("delegation-desk.mv.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("H2encrypt");
    }

    @Test
    void anEncryptedStoreIsNotOpenedEarlyAndAsksForItsPassword() {
        Database.openStore(dataDir, "mật khẩu đúng".toCharArray()).close();
        StoreSession session = session();

        session.openEarly();
        assertThatThrownBy(session::load).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.PASSWORD_REQUIRED));
        session.usePassword("mật khẩu đúng".toCharArray());
        session.load().close();
    }

    @Test
    void aStoreOpenInAnotherWindowFailsTheEarlyOpeningWithTheSameReason() {
        Database.openStore(dataDir).close();
        Database otherWindow = Database.openStore(dataDir);
        try {
            StoreSession session = session();
            session.openEarly();
            assertThatThrownBy(session::load).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.IN_USE));
        } finally {
            otherWindow.close();
        }
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
