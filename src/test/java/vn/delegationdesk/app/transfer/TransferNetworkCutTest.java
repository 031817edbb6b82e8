package vn.delegationdesk.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.app.transfer.persistence.JdbcTransferLog;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Database;
import vn.delegationdesk.platform.db.ServerStore;
import vn.delegationdesk.platform.db.SqlDialect;
import vn.delegationdesk.platform.db.SqlWork;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.EmbeddedServer;
import vn.delegationdesk.testing.LargeDelegation;

/**
 * The connection to the server cut in the middle of a copy from a laptop (the server ends the copy's session, as a
 * dropped network does, after the first delegation was written and while the second is): the copy ends in the server's
 * Vietnamese message, the server holds nothing of it, and copying again over a new connection copies everything.
 */
class TransferNetworkCutTest {
    @TempDir
    Path dataDir;

    private String database;
    private Database laptop;
    private ServerStore server;

    @BeforeEach
    void stores() {
        database = EmbeddedServer.createDatabase();
        laptop = Database.openStore(dataDir);
        server = ServerStore.open(EmbeddedServer.url(database), EmbeddedServer.USER, null);
        new JdbcDelegationRepository(laptop).insert(SampleDelegation.create());
        new JdbcDelegationRepository(laptop).insert(LargeDelegation.of(300));
    }

    @AfterEach
    void close() {
        server.close();
        laptop.close();
        EmbeddedServer.drop(database);
    }

    @Test
    void aCopyCutMidwayLeavesNothingOnTheServerAndTheNextCopyIsWhole() {
        CutAfter cutting = new CutAfter(server);

        assertThatThrownBy(() -> new StoreTransfer(laptop, cutting, new Messages()).copy(Map.of()))
                .isInstanceOfSatisfying(StoreException.class, failure -> assertThat(new Messages().describeFailure(failure, "\n"))
                        .startsWith("Không kết nối được cơ sở dữ liệu ").contains("trên máy chủ PostgreSQL"));

        assertThat(new JdbcDelegationRepository(server).findSummaries()).isEmpty();
        assertThat(new JdbcTransferLog(server).all()).isEmpty();
        TransferResult again = new StoreTransfer(laptop, server, new Messages()).copy(Map.of());
        assertThat(again.delegations()).isEqualTo(2);
        assertThat(again.members()).isEqualTo(37 + 300);
        assertThat(new JdbcTransferLog(server).all()).hasSize(1);
    }

    /**
     * The server's store whose connection ends its own session at the first statement prepared after the second
     * delegation's row was written: the first delegation is copied and verified, the second is being written.
     */
    private static final class CutAfter implements Store {
        private final ServerStore server;
        private int delegationsWritten;
        private boolean cut;

        CutAfter(ServerStore server) {
            this.server = server;
        }

        @Override
        public <T> T inTransaction(SqlWork<T> work) {
            return server.inTransaction(c -> work.run(cutting(c)));
        }

        @Override
        public <T> T inSnapshot(SqlWork<T> work) {
            return server.inSnapshot(work);
        }

        @Override
        public SqlDialect dialect() {
            return server.dialect();
        }

        @Override
        public void close() {
            // The test closes the server's store.
        }

        private Connection cutting(Connection real) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        boolean prepare = method.getName().equals("prepareStatement");
                        if (prepare && delegationsWritten == 2 && !cut) {
                            cut = true;
                            try (Statement s = real.createStatement()) {
                                s.execute("SELECT pg_terminate_backend(pg_backend_pid())");
                            } catch (SQLException expected) {
                                // The session ends under the statement that ended it.
                            }
                        }
                        if (prepare && ((String) args[0]).startsWith("INSERT INTO delegation (")) {
                            delegationsWritten++;
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
