package vn.delegationdesk.abroad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The days abroad and the nights per country of an outbound plan, under one counting convention that is <b>to be
 * confirmed with the finance office</b> ([P]: TT 102/2012's "từ ngày xuất cảnh đến ngày nhập cảnh" as it is generally
 * applied; the text of TT 140/2025 on this point was not read). See docs/abroad.md.
 *
 * <ul>
 *   <li><b>Days</b> (per diem, tiền ăn và tiêu vặt): every calendar day from the day of exit from Việt Nam to the day
 *   of re-entry, both included, each taken in Việt Nam's calendar (Asia/Ho_Chi_Minh) at the border. The day of exit is
 *   the first flight's departure, the day of re-entry the last flight's arrival; a plan without flights uses the first
 *   stop's arrival date and the last stop's departure date.</li>
 *   <li>Each such day goes to one country: the re-entry day to the last stop's; any other day to the last stop whose
 *   local arrival date is on or before it (so a day of travel between two stops goes to the country arrived at, and a
 *   day in transit after a stop to the country just left); the exit day, before the first arrival, to the first
 *   stop's.</li>
 *   <li><b>Nights</b> per country: the hotel nights of its stops, from each stop's local arrival date to its local
 *   departure date. A night spent on a plane is no hotel night.</li>
 * </ul>
 *
 * <p>Leaving Hà Nội on 10/3 at 23:50 and landing in Seoul on 11/3 at 06:30, staying until 14/3 and landing back in Hà
 * Nội the same evening gives 5 days (10/3 to 14/3) and 3 nights (11/3 to 14/3), all in Hàn Quốc.
 */
public record AbroadCalendar(LocalDate exitDate, LocalDate reentryDate, List<DayAbroad> days, List<CountryTime> countries) {
    /** Việt Nam's time zone: the calendar the days abroad are counted in. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public AbroadCalendar {
        days = List.copyOf(days);
        countries = List.copyOf(countries);
    }

    /** A day abroad in Việt Nam's calendar and the country it is counted for. */
    public record DayAbroad(LocalDate date, String countryCode) {
    }

    /** The days counted for a country and the hotel nights spent in it. */
    public record CountryTime(String countryCode, String countryName, int days, int nights) {
    }

    /** The calendar of a plan; a plan with missing dates or no stop gives the days it can, possibly none. */
    public static AbroadCalendar of(OutboundPlan plan) {
        List<CountryStop> stops = plan.stops();
        LocalDate exit = exitDate(plan);
        LocalDate reentry = reentryDate(plan);
        List<DayAbroad> days = new ArrayList<>();
        if (exit != null && reentry != null && !stops.isEmpty()) {
            for (LocalDate day = exit; !day.isAfter(reentry); day = day.plusDays(1)) {
                days.add(new DayAbroad(day, stopFor(stops, day, reentry).countryCode()));
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (CountryStop stop : stops) {
            names.putIfAbsent(stop.countryCode(), stop.countryName());
            counts.computeIfAbsent(stop.countryCode(), code -> new int[2])[1] += stop.nights();
        }
        days.forEach(day -> counts.get(day.countryCode())[0]++);
        List<CountryTime> countries = new ArrayList<>();
        counts.forEach((code, count) -> countries.add(new CountryTime(code, names.get(code), count[0], count[1])));
        return new AbroadCalendar(exit, reentry, days, countries);
    }

    private static CountryStop stopFor(List<CountryStop> stops, LocalDate day, LocalDate reentry) {
        if (day.equals(reentry)) {
            return stops.get(stops.size() - 1);
        }
        CountryStop chosen = stops.get(0);
        for (CountryStop stop : stops) {
            if (stop.arrivalDate() != null && !stop.arrivalDate().isAfter(day)) {
                chosen = stop;
            }
        }
        return chosen;
    }

    /** The first flight's departure in Việt Nam's calendar, else the first stop's arrival date; null when neither is known. */
    static LocalDate exitDate(OutboundPlan plan) {
        if (!plan.legs().isEmpty()) {
            Instant departure = plan.legs().get(0).departure();
            if (departure != null) {
                return departure.atZone(VIETNAM).toLocalDate();
            }
        }
        return plan.stops().isEmpty() ? null : plan.stops().get(0).arrivalDate();
    }

    /** The last flight's arrival in Việt Nam's calendar, else the last stop's departure date; null when neither is known. */
    static LocalDate reentryDate(OutboundPlan plan) {
        if (!plan.legs().isEmpty()) {
            Instant arrival = plan.legs().get(plan.legs().size() - 1).arrival();
            if (arrival != null) {
                return arrival.atZone(VIETNAM).toLocalDate();
            }
        }
        return plan.stops().isEmpty() ? null : plan.stops().get(plan.stops().size() - 1).departureDate();
    }

    /** How many days abroad, all countries together. */
    public int daysAbroad() {
        return days.size();
    }

    /** The hotel nights abroad, all countries together. */
    public int nights() {
        return countries.stream().mapToInt(CountryTime::nights).sum();
    }

    public Optional<CountryTime> country(String countryCode) {
        return countries.stream().filter(c -> c.countryCode().equals(countryCode)).findFirst();
    }
}
