package vn.delegationdesk.people;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.delegationdesk.common.Phrase;

/**
 * The check every write of a service makes before it reaches the store: does the person working hold the role the write
 * needs? The UI asks {@link #whyNot} to grey an action with its reason; the service calls {@link #require}, so a caller
 * that skips the UI (a script, a test) is refused the same way.
 */
public final class RoleGate {
    private final Supplier<User> user;

    public RoleGate(Supplier<User> user) {
        this.user = Objects.requireNonNull(user, "user");
    }

    /** A gate that lets everything through, writing in the name {@code name} gives: the single user of a laptop. */
    public static RoleGate everyRole(Supplier<String> name) {
        return new RoleGate(() -> {
            String given = name.get();
            return User.everyRole(given == null || given.isBlank() ? CurrentUser.UNKNOWN : given);
        });
    }

    /** Who works now. */
    public User user() {
        return user.get();
    }

    public boolean allows(Role role) {
        return user.get().has(role);
    }

    /**
     * Why the person working may not do {@code action} (a message key naming it, "Lưu kế hoạch"):
     * "Lưu kế hoạch cần vai trò Soạn kế hoạch: tài khoản lan không có vai trò này." Empty when they may.
     */
    public Optional<Phrase> whyNot(Role role, String action) {
        User who = user.get();
        return who.has(role) ? Optional.empty()
                : Optional.of(Phrase.of("people.refused", Phrase.of(action), Phrase.of(role.labelKey()), who.name()));
    }

    /** Refuses with a {@link RoleRefused} when the person working does not hold {@code role}. */
    public void require(Role role, String action) {
        Optional<Phrase> refusal = whyNot(role, action);
        if (refusal.isPresent()) {
            throw new RoleRefused(refusal.get().key(), refusal.get().args().toArray());
        }
    }
}
