package vn.delegationdesk.people;

import java.util.Set;

/** Where the roles of the person logged in to the store come from. */
public interface RoleDirectory {
    /** The roles of the store's current login; empty when it holds none. */
    Set<Role> rolesOfLogin();
}
