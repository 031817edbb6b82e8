package vn.delegationdesk.reading.review;

import java.util.Objects;

/**
 * A gap of the reader as the review screen lists it: its sentence in Vietnamese, the key of the entry it is attached to
 * (null when no entry shows its field, e.g. "no task found") and the passage it concerns (-1 when none).
 */
public record GapNote(String message, String entryKey, int passage) {
    public GapNote {
        Objects.requireNonNull(message, "message");
    }
}
