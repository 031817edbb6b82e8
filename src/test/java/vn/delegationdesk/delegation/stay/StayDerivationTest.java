package vn.delegationdesk.delegation.stay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.Route;
import vn.delegationdesk.delegation.programme.TransportMode;

class StayDerivationTest {
    private static final String DAK_LAK = "tỉnh Đắk Lắk";
    private static final String LAM_DONG = "tỉnh Lâm Đồng";
    private static final List<Leg> LEGS = List.of(
            new Leg(DAK_LAK, "Buôn Ma Thuột", oct(14), oct(16), ""),
            new Leg(LAM_DONG, "Bình Thuận", oct(17), oct(19), ""));

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    private static ProgrammeDay travel(int day, HalfDay halfDay, String route) {
        return new ProgrammeDay(oct(day), List.of(new Activity(halfDay, ActivityKind.TRAVEL, "Di chuyển", route, "",
                TransportMode.CAR, null, "")));
    }

    private static List<String> places(List<ProgrammeDay> programme) {
        return StayDerivation.nights(oct(14), oct(19), LEGS, programme).stream().map(Night::place).toList();
    }

    @Test
    void theGroupSleepsWhereTheAfternoonJourneyTookIt() {
        List<ProgrammeDay> programme = List.of(travel(14, HalfDay.MORNING, "Hà Nội – Buôn Ma Thuột"),
                travel(16, HalfDay.AFTERNOON, "Buôn Ma Thuột – Bình Thuận"), travel(19, HalfDay.AFTERNOON,
                        "Bình Thuận – Hà Nội"));

        List<Night> nights = StayDerivation.nights(oct(14), oct(19), LEGS, programme);

        assertThat(nights).extracting(Night::date, Night::place).containsExactly(
                tuple(oct(14), DAK_LAK), tuple(oct(15), DAK_LAK), tuple(oct(16), LAM_DONG), tuple(oct(17), LAM_DONG),
                tuple(oct(18), LAM_DONG));
        assertThat(nights).extracting(Night::accommodation).containsOnly(Accommodation.NONE);
    }

    @Test
    void withoutJourneysTheLegsSayWhere() {
        assertThat(places(List.of())).containsExactly(DAK_LAK, DAK_LAK, DAK_LAK, LAM_DONG, LAM_DONG);
    }

    @Test
    void aMoveTheProgrammeDoesNotShowIsTakenFromTheLegs() {
        // Only the flight out is written down: the legs still move the group to Lâm Đồng on 17/10.
        assertThat(places(List.of(travel(14, HalfDay.MORNING, "Hà Nội – Buôn Ma Thuột"))))
                .containsExactly(DAK_LAK, DAK_LAK, DAK_LAK, LAM_DONG, LAM_DONG);
    }

    @Test
    void journeysToNoStopArePassedOverAndALongerPlaceNameStillNamesTheStop() {
        List<ProgrammeDay> programme = List.of(travel(15, HalfDay.MORNING, "Buôn Ma Thuột – Buôn Đôn"),
                travel(16, HalfDay.EVENING, "Buôn Ma Thuột - Bình Thuận, tỉnh Lâm Đồng"),
                travel(17, HalfDay.MORNING, "Bình Thuận – Mũi Né"));

        assertThat(places(programme)).containsExactly(DAK_LAK, DAK_LAK, LAM_DONG, LAM_DONG, LAM_DONG);
    }

    @Test
    void aDestinationWithoutItsProvinceWordStillNamesTheLeg() {
        assertThat(places(List.of(travel(15, HalfDay.AFTERNOON, "Buôn Ma Thuột – Lâm Đồng"))))
                .containsExactly(DAK_LAK, LAM_DONG, LAM_DONG, LAM_DONG, LAM_DONG);
        assertThat(StayDerivation.legNamed("Hà Nội", LEGS, oct(19))).isEmpty();
    }

    @Test
    void aTripWithoutDatesOrLegsOrOfOneDayHasNoNights() {
        assertThat(StayDerivation.nights(null, oct(19), LEGS, List.of())).isEmpty();
        assertThat(StayDerivation.nights(oct(14), oct(14), LEGS, List.of())).isEmpty();
        assertThat(StayDerivation.nights(oct(14), oct(19), List.of(), List.of())).isEmpty();
    }

    @Test
    void aDayBetweenLegsIsSpentAtTheLastLegBegun() {
        List<Leg> gap = List.of(new Leg(DAK_LAK, "", oct(14), oct(15), ""), new Leg(LAM_DONG, "", oct(17), oct(19), ""));

        assertThat(StayDerivation.nights(oct(13), oct(19), gap, List.of())).extracting(Night::place)
                .containsExactly(DAK_LAK, DAK_LAK, DAK_LAK, DAK_LAK, LAM_DONG, LAM_DONG);
    }

    @Test
    void routesSplitOnTheirDashOnlyWhenItIsTheOnlyOne() {
        assertThat(Route.parse("Hà Nội – Buôn Ma Thuột")).contains(new Route("Hà Nội", "Buôn Ma Thuột"));
        assertThat(Route.parse("Hà Nội - Huế")).contains(new Route("Hà Nội", "Huế"));
        assertThat(Route.parse("Bà Rịa-Vũng Tàu – Huế")).contains(new Route("Bà Rịa-Vũng Tàu", "Huế"));
        assertThat(Route.parse("Sân bay Nội Bài")).isEmpty();
        assertThat(Route.parse("Hà Nội – Huế – Đà Nẵng")).isEmpty();
        assertThat(Route.parse("– Huế")).isEmpty();
    }
}
