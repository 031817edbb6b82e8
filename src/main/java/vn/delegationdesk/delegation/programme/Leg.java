package vn.delegationdesk.delegation.programme;

import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * One stop of the trip: a province (e.g. "tỉnh Đắk Lắk"), the city the delegation stays in, the
 * dates spent there (inclusive) and the plan's paragraph on what is studied there.
 */
public record Leg(String place, String city, LocalDate startDate, LocalDate endDate, String summary) {
    public Leg {
        place = Texts.clean(place);
        city = Texts.clean(city);
        summary = Texts.clean(summary);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
