package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.server.ServerConnectionFile;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;

/** The window's store session on a server and back on the laptop, without a screen, against the embedded server. */
class StoreSessionServerTest {
    private static final String PASSWORD = "mật khẩu của văn thư";

    @TempDir
    Path dataDir;

    private String database;
    private ServerAddress address;

    @BeforeEach
    void server() {
        database = EmbeddedServer.createDatabase();
        String user = EmbeddedServer.createUser(database, PASSWORD);
        EmbeddedServer.grantRoles(user, Role.ORGANISER);
        int port = Integer.parseInt(EmbeddedServer.url(database).replaceAll(".*:(\\d+)/.*", "$1"));
        address = new ServerAddress("localhost", port, database, user);
    }

    @AfterEach
    void drop() {
        EmbeddedServer.drop(database);
    }

    @Test
    void theServerIsRememberedWithoutItsPasswordAndTheLaptopIsOneStepBack() throws Exception {
        StoreSession session = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());
        assertThat(session.configuredServer()).isEmpty();

        session.useServer(address, PASSWORD.toCharArray());
        try (AppServices services = session.load()) {
            // The window's session works under the server's login, with the roles its groups grant.
            assertThat(services.user().get().name()).isEqualTo(address.user());
            assertThat(services.user().get().roles()).containsExactly(Role.ORGANISER);
            services.delegations().create(SampleDelegation.create());
            assertThat(services.delegations().list()).hasSize(1);
        }
        assertThat(Files.readString(dataDir.resolve(ServerConnectionFile.NAME))).isEqualTo(String.join("\n", "localhost",
                String.valueOf(address.port()), database, address.user(), "")).doesNotContain(PASSWORD);
        StoreSession nextStart = new StoreSession(() -> dataDir, new Messages(), Clock.systemDefaultZone());
        assertThat(nextStart.configuredServer()).contains(address);
        assertThat(nextStart.server()).isEmpty();

        session.useLaptop();
        try (AppServices services = session.load()) {
            assertThat(services.delegations().list()).isEmpty();
        }
        assertThat(session.configuredServer()).isEmpty();
        assertThat(dataDir.resolve(ServerConnectionFile.NAME)).doesNotExist();
    }
}
