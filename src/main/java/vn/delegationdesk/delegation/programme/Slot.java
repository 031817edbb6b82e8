package vn.delegationdesk.delegation.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** A session of one date of the programme ("Buổi chiều, 14/10/2025"): where activities and conferences are placed. */
public record Slot(LocalDate date, HalfDay halfDay) implements Comparable<Slot> {
    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::date).thenComparing(Slot::halfDay);

    public Slot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(halfDay, "halfDay");
    }

    /** Calendar order: by date, then ALL_DAY, MORNING, AFTERNOON, EVENING. */
    @Override
    public int compareTo(Slot other) {
        return ORDER.compare(this, other);
    }
}
