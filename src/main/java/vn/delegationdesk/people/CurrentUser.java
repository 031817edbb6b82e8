package vn.delegationdesk.people;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who is working in this window or command: the name the audit list records and the roles that gate the approval
 * actions. On a laptop's store the one user is the system's user name and holds every role.
 */
public final class CurrentUser implements Supplier<User> {
    /** The longest name the audit list keeps (its column's width). */
    public static final int MAX_NAME = 200;
    /** The name recorded when the system gives none. */
    static final String UNKNOWN = "người dùng";

    private volatile User user;

    public CurrentUser(User user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    /** The system's user name ({@code user.name}) with every role: the single user of a laptop's store. */
    public static CurrentUser ofSystem() {
        String name = System.getProperty("user.name", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return new CurrentUser(User.everyRole(name.isEmpty() ? UNKNOWN : name));
    }

    @Override
    public User get() {
        return user;
    }

    /** Works as {@code next} from now on (tests; a later sign-in). */
    public void set(User next) {
        user = Objects.requireNonNull(next, "next");
    }
}
