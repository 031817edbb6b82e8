package vn.delegationdesk.people.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

/**
 * The roles of the store's login on both stores: the one user of a laptop's H2 file and the server's superuser (the
 * administrator, who is a member of every group) hold all three. A clerk's roles on a server: {@code ServerRolesTest}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcRoleDirectoryTest {
    @RegisterExtension
    final TestStores stores;

    JdbcRoleDirectoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void theLaptopsUserAndTheServersAdministratorHoldEveryRole() {
        assertThat(new JdbcRoleDirectory(stores.open()).rolesOfLogin()).isEqualTo(EnumSet.allOf(Role.class));
    }
}
