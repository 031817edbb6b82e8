package vn.delegationdesk.delegation.stay;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Consecutive nights at one stop in one accommodation: one block of the rooming list. The group checks in
 * on the first night's date and checks out the morning after the last night.
 */
public record Stay(String place, Accommodation accommodation, LocalDate checkIn, LocalDate checkOut) {
    public Stay {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(accommodation, "accommodation");
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(checkOut, "checkOut");
        if (!checkOut.isAfter(checkIn)) {
            throw new IllegalArgumentException("check-out " + checkOut + " not after check-in " + checkIn);
        }
    }

    public long nights() {
        return ChronoUnit.DAYS.between(checkIn, checkOut);
    }

    /** The dates of its nights, check-in first. */
    public List<LocalDate> dates() {
        return checkIn.datesUntil(checkOut).toList();
    }
}
