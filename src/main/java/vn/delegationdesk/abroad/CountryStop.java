package vn.delegationdesk.abroad;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import vn.delegationdesk.common.Texts;

/**
 * One stay abroad: the country (ISO 3166-1 alpha-2 code, "KR", and its Vietnamese name, "Hàn Quốc"), the city, the
 * time zone of the place and the dates of arrival and departure in the local calendar. The hotel nights of the stop are
 * the nights from the arrival date to the departure date. Any field may be missing while the user types; the
 * {@link OutboundValidator} says which.
 */
public record CountryStop(String countryCode, String countryName, String city, ZoneId zone, LocalDate arrivalDate,
        LocalDate departureDate) {
    public CountryStop {
        countryCode = Texts.clean(countryCode).toUpperCase(Locale.ROOT);
        countryName = Texts.clean(countryName);
        city = Texts.clean(city);
    }

    /** "Seoul, Hàn Quốc", or the part that is known. */
    public String label() {
        if (city.isEmpty()) {
            return countryName;
        }
        return countryName.isEmpty() ? city : city + ", " + countryName;
    }

    /** Hotel nights at this stop: arrival date to departure date in the local calendar; 0 when a date is missing. */
    public int nights() {
        if (arrivalDate == null || departureDate == null || departureDate.isBefore(arrivalDate)) {
            return 0;
        }
        return Math.toIntExact(departureDate.toEpochDay() - arrivalDate.toEpochDay());
    }
}
