package vn.delegationdesk.app;

import java.util.Arrays;
import java.util.Optional;

/** What a new password must be: at least {@link #MIN_LENGTH} characters, typed the same twice. */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    /** The message key of the first problem, or empty when the password can be used. */
    public static Optional<String> problem(char[] first, char[] second) {
        if (first.length == 0) {
            return Optional.of("ui.password.error.empty");
        }
        if (first.length < MIN_LENGTH) {
            return Optional.of("ui.password.error.short");
        }
        if (!Arrays.equals(first, second)) {
            return Optional.of("ui.password.error.mismatch");
        }
        return Optional.empty();
    }
}
