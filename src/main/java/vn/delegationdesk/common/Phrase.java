package vn.delegationdesk.common;

import java.util.List;

/**
 * A part of a message that is itself a message: a key with its arguments, given as an argument of another
 * message (the reason in "Không ghi được tệp {0} ({1})") and resolved in Vietnamese with it.
 */
public record Phrase(String key, List<Object> args) {
    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args));
    }
}
