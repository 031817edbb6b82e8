package vn.delegationdesk.abroad;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import vn.delegationdesk.common.Texts;

/**
 * One flight: its number and the departure and arrival as printed on the ticket, each in the local time of its airport
 * with that airport's time zone, so that a flight leaving Hà Nội at 23:50 and landing in Seoul at 06:30 the next day
 * counts right across time zones and the date line. Compared as instants, never as local times.
 */
public record FlightLeg(String flightNumber, String fromPlace, ZoneId fromZone, LocalDateTime departureLocal,
        String toPlace, ZoneId toZone, LocalDateTime arrivalLocal) {
    public FlightLeg {
        flightNumber = Texts.clean(flightNumber);
        fromPlace = Texts.clean(fromPlace);
        toPlace = Texts.clean(toPlace);
    }

    /** The moment of departure; null while its time or zone is missing. */
    public Instant departure() {
        return departureLocal == null || fromZone == null ? null : departureLocal.atZone(fromZone).toInstant();
    }

    /** The moment of arrival; null while its time or zone is missing. */
    public Instant arrival() {
        return arrivalLocal == null || toZone == null ? null : arrivalLocal.atZone(toZone).toInstant();
    }

    /** "VN416 Incheon – Hà Nội", for the messages that name the leg. */
    public String label() {
        // Only what is typed: a leg still blank is named by its number alone ("Chặng bay 2"), not "( – )".
        String route = fromPlace.isEmpty() || toPlace.isEmpty() ? fromPlace + toPlace : fromPlace + " – " + toPlace;
        return flightNumber.isEmpty() || route.isEmpty() ? flightNumber + route : flightNumber + " " + route;
    }
}
