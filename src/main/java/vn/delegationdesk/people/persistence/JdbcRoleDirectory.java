package vn.delegationdesk.people.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.Set;
import vn.delegationdesk.people.Role;
import vn.delegationdesk.people.RoleDirectory;
import vn.delegationdesk.platform.db.SqlDialect;
import vn.delegationdesk.platform.db.Store;

/**
 * The roles of the store's login. A laptop's H2 file has one user, who holds every role. On a PostgreSQL server a role is
 * membership of its group ({@link Role#serverGroup()}), granted by the server's administrator; a superuser holds every
 * role, as PostgreSQL itself lets a superuser do everything. Asked once when the store opens: a grant takes effect at the
 * next connection, as on the server itself.
 */
public final class JdbcRoleDirectory implements RoleDirectory {
    private static final String SUPERUSER = "SELECT rolsuper FROM pg_roles WHERE rolname = current_user";
    private static final String GROUPS = "SELECT r.rolname FROM pg_roles r WHERE r.rolname IN (?, ?, ?)"
            + " AND pg_has_role(current_user, r.oid, 'MEMBER')";

    private final Store store;

    public JdbcRoleDirectory(Store store) {
        this.store = store;
    }

    @Override
    public Set<Role> rolesOfLogin() {
        if (store.dialect() != SqlDialect.POSTGRESQL) {
            return EnumSet.allOf(Role.class);
        }
        return store.inSnapshot(c -> {
            try (PreparedStatement s = c.prepareStatement(SUPERUSER); ResultSet rows = s.executeQuery()) {
                if (rows.next() && rows.getBoolean(1)) {
                    return EnumSet.allOf(Role.class);
                }
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            try (PreparedStatement s = c.prepareStatement(GROUPS)) {
                Role[] all = Role.values();
                for (int i = 0; i < all.length; i++) {
                    s.setString(i + 1, all[i].serverGroup());
                }
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        for (Role role : all) {
                            if (role.serverGroup().equals(rows.getString(1))) {
                                roles.add(role);
                            }
                        }
                    }
                }
            }
            return roles;
        });
    }
}
