package vn.delegationdesk.abroad;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.delegationdesk.abroad.AbroadFixtures.DELEGATION_ID;
import static vn.delegationdesk.abroad.AbroadFixtures.HANOI;
import static vn.delegationdesk.abroad.AbroadFixtures.LOS_ANGELES;
import static vn.delegationdesk.abroad.AbroadFixtures.SEOUL;
import static vn.delegationdesk.abroad.AbroadFixtures.TOKYO;
import static vn.delegationdesk.abroad.AbroadFixtures.april;
import static vn.delegationdesk.abroad.AbroadFixtures.leg;
import static vn.delegationdesk.abroad.AbroadFixtures.seoul;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.abroad.AbroadCalendar.CountryTime;
import vn.delegationdesk.abroad.AbroadCalendar.DayAbroad;

class AbroadCalendarTest {
    private static OutboundPlan plan(List<CountryStop> stops, List<FlightLeg> legs) {
        return new OutboundPlan(DELEGATION_ID, stops, legs, List.of(), "", null);
    }

    @Test
    void aNightFlightLeavingHanoiAt2350CountsTheDayOfExitAndNoHotelNightOnThePlane() {
        OutboundPlan plan = plan(List.of(seoul(april(6), april(9))), List.of(
                leg("VN414", "Hà Nội", HANOI, april(5, 23, 50), "Incheon", SEOUL, april(6, 6, 30)),
                leg("VN417", "Incheon", SEOUL, april(9, 18, 0), "Hà Nội", HANOI, april(9, 20, 40))));

        AbroadCalendar calendar = AbroadCalendar.of(plan);

        assertThat(calendar.exitDate()).isEqualTo(april(5));
        assertThat(calendar.reentryDate()).isEqualTo(april(9));
        assertThat(calendar.daysAbroad()).isEqualTo(5);
        assertThat(calendar.nights()).isEqualTo(3);
        assertThat(calendar.countries()).containsExactly(new CountryTime("KR", "Hàn Quốc", 5, 3));
        assertThat(calendar.days()).first().isEqualTo(new DayAbroad(april(5), "KR"));
    }

    @Test
    void aDayFlightCountsFourDaysAndThreeNightsForAFourDayStay() {
        AbroadCalendar calendar = AbroadCalendar.of(AbroadFixtures.fourDaysInSeoul(null));

        assertThat(calendar.countries()).containsExactly(new CountryTime("KR", "Hàn Quốc", 4, 3));
    }

    @Test
    void acrossTheDateLineTheDaysAreCountedInVietnamsCalendarAndTheNightsInLosAngeles() {
        // Out: 06/4 10:00 in Hà Nội, lands 06/4 11:30 in Los Angeles (15 h 30 in the air, the same calendar day there).
        // Back: 10/4 23:30 in Los Angeles, lands 12/4 05:30 in Hà Nội (11/4 is spent in the air over the date line).
        OutboundPlan plan = plan(List.of(new CountryStop("US", "Hoa Kỳ", "Los Angeles", LOS_ANGELES, april(6), april(10))),
                List.of(leg("VN098", "Hà Nội", HANOI, april(6, 10, 0), "Los Angeles", LOS_ANGELES, april(6, 11, 30)),
                        leg("VN099", "Los Angeles", LOS_ANGELES, april(10, 23, 30), "Hà Nội", HANOI, april(12, 5, 30))));

        AbroadCalendar calendar = AbroadCalendar.of(plan);

        assertThat(calendar.exitDate()).isEqualTo(april(6));
        assertThat(calendar.reentryDate()).isEqualTo(april(12));
        assertThat(calendar.countries()).containsExactly(new CountryTime("US", "Hoa Kỳ", 7, 4));
        assertThat(calendar.days()).extracting(DayAbroad::date).containsExactly(april(6), april(7), april(8), april(9),
                april(10), april(11), april(12));
    }

    @Test
    void theDayOfTravelBetweenTwoCountriesGoesToTheCountryArrivedAtAndTheReentryDayToTheLast() {
        OutboundPlan plan = plan(List.of(seoul(april(6), april(8)),
                new CountryStop("JP", "Nhật Bản", "Tokyo", TOKYO, april(8), april(10))), List.of(
                leg("VN416", "Hà Nội", HANOI, april(6, 8, 0), "Incheon", SEOUL, april(6, 14, 30)),
                leg("KE703", "Incheon", SEOUL, april(8, 10, 0), "Narita", TOKYO, april(8, 12, 20)),
                leg("VN301", "Narita", TOKYO, april(10, 16, 0), "Hà Nội", HANOI, april(10, 19, 50))));

        AbroadCalendar calendar = AbroadCalendar.of(plan);

        assertThat(calendar.countries()).containsExactly(new CountryTime("KR", "Hàn Quốc", 2, 2),
                new CountryTime("JP", "Nhật Bản", 3, 2));
        assertThat(calendar.days()).extracting(DayAbroad::countryCode).containsExactly("KR", "KR", "JP", "JP", "JP");
    }

    @Test
    void withoutFlightsTheStopsGiveTheDays() {
        AbroadCalendar calendar = AbroadCalendar.of(plan(List.of(seoul(april(6), april(9))), List.of()));

        assertThat(calendar.daysAbroad()).isEqualTo(4);
        assertThat(calendar.nights()).isEqualTo(3);
    }
}
