package vn.delegationdesk.delegation.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an activity is in a programme value: its date, its session and its position among that session's
 * activities (0 = first). Valid for the programme value it was taken from; every edit returns the new place.
 */
public record ActivityRef(LocalDate date, HalfDay halfDay, int position) {
    public ActivityRef {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(halfDay, "halfDay");
        if (position < 0) {
            throw new IllegalArgumentException("position " + position);
        }
    }

    public Slot slot() {
        return new Slot(date, halfDay);
    }
}
