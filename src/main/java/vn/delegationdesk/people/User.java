package vn.delegationdesk.people;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who works on delegations: the name written in the audit list and the roles they hold. */
public record User(String name, Set<Role> roles) {
    public User {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a user needs a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The single user of a laptop's store: organiser, finance and leader at once. */
    public static User everyRole(String name) {
        return new User(name, EnumSet.allOf(Role.class));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
