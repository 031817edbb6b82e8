package vn.delegationdesk.reading.review;

import java.util.Objects;

/** An edited entry that does not make a value: the entry's key and the sentence that names it and the problem. */
public record EntryError(String entryKey, String message) {
    public EntryError {
        Objects.requireNonNull(entryKey, "entryKey");
        Objects.requireNonNull(message, "message");
    }
}
