package vn.delegationdesk.delegation.stay;

import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * One night of the trip: the date the group goes to bed, the stop it sleeps at (named by its leg's place,
 * "tỉnh Lâm Đồng", as the estimate's stops are) and the accommodation. The night of 16/10 is the night from
 * 16 to 17 October.
 */
public record Night(LocalDate date, String place, Accommodation accommodation) {
    public Night {
        Objects.requireNonNull(date, "date");
        place = Texts.clean(place);
        accommodation = accommodation == null ? Accommodation.NONE : accommodation;
    }

    public static Night at(LocalDate date, String place) {
        return new Night(date, place, Accommodation.NONE);
    }

    public Night withAccommodation(Accommodation value) {
        return new Night(date, place, value);
    }

    public Night withPlace(String value) {
        return new Night(date, value, accommodation);
    }

    /** The same night {@code days} later (negative: earlier). */
    public Night shiftedBy(long days) {
        return new Night(date.plusDays(days), place, accommodation);
    }
}
