package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.delegationdesk.delegation.persistence.ChangeJournal;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.platform.db.StoreException;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * The connection to the server cut in the middle of a save, after the delegation's rows were rewritten and before the
 * commit (the server ends the save's own session, as a dropped network does): the save ends in the server's Vietnamese
 * message, the server keeps the delegation as it was, and the next save over a new connection works.
 */
class ServerNetworkCutTest {
    @RegisterExtension
    final TestStores stores = new TestStores(StoreKind.POSTGRESQL);

    /** Ends the save's own server session once the rows are written, the commit still to come. */
    private static final class CutBeforeCommit implements ChangeJournal {
        boolean armed;

        @Override
        public void saved(Connection connection, long id) throws SQLException {
            if (armed) {
                armed = false;
                try (Statement s = connection.createStatement()) {
                    s.execute("SELECT pg_terminate_backend(pg_backend_pid())");
                }
            }
        }
    }

    @Test
    void aSaveCutBeforeItsCommitStoresNothingAndSaysTheServerCannotBeReached() {
        try (Store store = stores.open()) {
            CutBeforeCommit cut = new CutBeforeCommit();
            DelegationService service = new DelegationService(new JdbcDelegationRepository(store, cut), () -> "Nguyễn Văn An");
            long id = service.create(SampleDelegation.create());
            VersionedDelegation opened = service.openVersioned(id).orElseThrow();
            Delegation edited = opened.delegation().toBuilder().title("Đoàn khảo sát đã sửa")
                    .members(opened.delegation().members().subList(0, 5)).build();

            cut.armed = true;
            assertThatThrownBy(() -> service.save(edited, opened.version())).isInstanceOfSatisfying(StoreException.class,
                    failure -> assertThat(new Messages().describeFailure(failure, "\n"))
                            .startsWith("Không kết nối được cơ sở dữ liệu ").contains("trên máy chủ PostgreSQL"));

            VersionedDelegation after = service.openVersioned(id).orElseThrow();
            assertThat(after.delegation()).isEqualTo(opened.delegation());
            assertThat(after.version()).isEqualTo(opened.version());
            assertThat(service.save(edited, after.version()).version()).isEqualTo(opened.version().version() + 1);
            assertThat(service.find(id).orElseThrow().members()).hasSize(5);
        }
    }
}
