package vn.delegationdesk.reading;

import java.util.Objects;

/** A passage of the source the reader took nothing from, listed for the user, never dropped silently. */
public record UnplacedPassage(int index, String text) {
    public UnplacedPassage {
        Objects.requireNonNull(text, "text");
    }
}
