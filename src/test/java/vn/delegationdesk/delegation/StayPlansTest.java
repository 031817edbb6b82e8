package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.delegation.stay.Stay;
import vn.delegationdesk.delegation.stay.StayPlan;
import vn.delegationdesk.sample.SampleDelegation;

class StayPlansTest {
    private static final Accommodation HOTEL = new Accommodation("Khách sạn Mường Thanh", "Bình Thuận", "", false);
    private final Delegation seed = SampleDelegation.create();

    private static LocalDate oct(int day) {
        return LocalDate.of(2025, 10, day);
    }

    @Test
    void theSampleSleepsTwoNightsInDakLakAndThreeInLamDong() {
        StayPlan plan = StayPlans.of(seed);

        assertThat(plan.derived()).isTrue();
        assertThat(plan.nightsAt("tỉnh Đắk Lắk")).extracting(Night::date).containsExactly(oct(14), oct(15));
        assertThat(plan.nightsAt("tỉnh Lâm Đồng")).extracting(Night::date).containsExactly(oct(16), oct(17), oct(18));
        assertThat(StayPlans.nightDates(seed)).hasSize(5);
    }

    @Test
    void untilEditedTheNightsFollowTheProgramme() {
        // The move to Bình Thuận put off to the morning of 17/10.
        List<ProgrammeDay> later = seed.programme().stream().map(StayPlansTest::moveTravel).toList();
        Delegation moved = seed.toBuilder().programme(later).build();

        assertThat(StayPlans.of(moved).nightsAt("tỉnh Đắk Lắk")).hasSize(3);
        assertThat(StayPlans.of(moved).nightsAt("tỉnh Lâm Đồng")).hasSize(2);
    }

    private static ProgrammeDay moveTravel(ProgrammeDay day) {
        if (day.date().equals(oct(16))) {
            return new ProgrammeDay(day.date(), day.activitiesIn(HalfDay.MORNING));
        }
        if (day.date().equals(oct(17))) {
            Activity travel = SampleDelegation.create().programme().get(2).activitiesIn(HalfDay.AFTERNOON).get(0);
            List<Activity> activities = new ArrayList<>(day.activities());
            activities.add(0, new Activity(HalfDay.MORNING, travel.kind(), travel.description(), travel.place(), "",
                    travel.transport(), null, ""));
            return new ProgrammeDay(day.date(), activities);
        }
        return day;
    }

    @Test
    void anEditedPlanIsHeldAndNoLongerFollowsTheProgramme() {
        StayPlan hotel = StayPlans.of(seed).withAccommodation(oct(16), oct(19), HOTEL);

        Delegation edited = StayPlans.edited(seed, hotel);

        assertThat(edited.nights()).hasSize(5);
        assertThat(StayPlans.isEdited(edited)).isTrue();
        Delegation withoutProgramme = edited.toBuilder().programme(List.of()).build();
        assertThat(StayPlans.of(withoutProgramme).nightsAt("tỉnh Lâm Đồng")).hasSize(3);
        assertThat(StayPlans.of(withoutProgramme).stays()).last().extracting(Stay::checkIn, Stay::checkOut)
                .containsExactly(oct(16), oct(19));
        assertThat(StayPlans.followingProgramme(edited)).isEqualTo(seed);
    }

    @Test
    void aPlanThatSaysWhatTheProgrammeSaysIsNotStored() {
        StayPlan same = StayPlans.of(seed).withNight(Night.at(oct(15), "tỉnh Đắk Lắk"));

        assertThat(StayPlans.edited(seed, same).nights()).isEmpty();
    }

    @Test
    void reDatingAndCopyingMoveTheEditedNights() {
        Delegation edited = StayPlans.edited(seed, StayPlans.of(seed).withAccommodation(oct(14), oct(16), HOTEL));

        Delegation later = DelegationDates.startingOn(edited, LocalDate.of(2025, 11, 4));
        Delegation copy = DelegationCopy.of(edited, LocalDate.of(2026, 3, 2), false);

        assertThat(later.nights()).extracting(Night::date).containsExactly(LocalDate.of(2025, 11, 4),
                LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 6), LocalDate.of(2025, 11, 7), LocalDate.of(2025, 11, 8));
        assertThat(StayPlans.of(later).stays().get(0).accommodation()).isEqualTo(HOTEL);
        assertThat(copy.nights()).extracting(Night::date).startsWith(LocalDate.of(2026, 3, 2)).hasSize(5);
        assertThat(copy.nights().get(0).accommodation()).isEqualTo(HOTEL);
        assertThat(new DelegationValidator().validate(later)).isEmpty();
    }

    @Test
    void fittingKeepsTheUsersNightsInsideTheTripAndFillsTheRestFromTheProgramme() {
        Delegation edited = StayPlans.edited(seed, StayPlans.of(seed).withAccommodation(oct(14), oct(19), HOTEL));
        Delegation longer = edited.toBuilder().endDate(oct(20)).build();
        Delegation shorter = edited.toBuilder().endDate(oct(18)).build();

        assertThat(StayPlans.fitted(longer).nights()).extracting(Night::date).containsExactly(oct(14), oct(15), oct(16),
                oct(17), oct(18), oct(19));
        assertThat(StayPlans.fitted(longer).nights().get(5)).isEqualTo(Night.at(oct(19), "tỉnh Lâm Đồng"));
        assertThat(StayPlans.fitted(shorter).nights()).extracting(Night::date).containsExactly(oct(14), oct(15), oct(16),
                oct(17));
        assertThat(new DelegationValidator().validate(StayPlans.fitted(shorter)))
                .noneMatch(error -> error.path().startsWith("nights"));
        assertThat(StayPlans.fitted(seed)).isSameAs(seed);
    }
}
