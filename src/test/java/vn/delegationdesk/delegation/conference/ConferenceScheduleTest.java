package vn.delegationdesk.delegation.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.ActivityRef;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.ProgrammeEdits;
import vn.delegationdesk.sample.SampleDelegation;

class ConferenceScheduleTest {
    private final Delegation sample = SampleDelegation.create();

    @Test
    void newIdsAreUnique() {
        assertThat(ConferenceSchedule.nextId(sample.conferences())).isEqualTo("hoi-nghi-3");
        Conference taken = new Conference("hoi-nghi-3", "x",
                LocalDate.of(2025, 10, 15), HalfDay.MORNING, "", "", 0, "", List.of());
        assertThat(ConferenceSchedule.nextId(List.of(taken, sample.conferences().get(1)))).isEqualTo("hoi-nghi-4");
    }

    @Test
    void placingMovesTheLinkedActivityOrCreatesOne() {
        Conference dakLak = sample.conferences().get(0);
        Conference moved = new Conference(dakLak.id(), dakLak.title(), LocalDate.of(2025, 10, 15), HalfDay.MORNING,
                dakLak.venue(), dakLak.venueStandard(), 180, dakLak.coOrganiser(), dakLak.agenda());
        List<ProgrammeDay> programme = ConferenceSchedule.place(sample.programme(), moved);
        ActivityRef ref = ProgrammeEdits.findConference(programme, dakLak.id()).orElseThrow();
        assertThat(ref).isEqualTo(new ActivityRef(LocalDate.of(2025, 10, 15), HalfDay.MORNING, 0));
        assertThat(ProgrammeEdits.find(programme, ref).map(Activity::description).orElseThrow())
                .startsWith("Tổ chức Hội nghị trao đổi");

        List<ProgrammeDay> without = ConferenceSchedule.unlink(sample.programme(), dakLak.id());
        assertThat(ProgrammeEdits.findConference(without, dakLak.id())).isEmpty();
        List<ProgrammeDay> again = ConferenceSchedule.place(without, dakLak);
        Activity created = ProgrammeEdits.find(again, ProgrammeEdits.findConference(again, dakLak.id()).orElseThrow())
                .orElseThrow();
        assertThat(created.kind()).isEqualTo(ActivityKind.CONFERENCE);
        assertThat(created.halfDay()).isEqualTo(HalfDay.AFTERNOON);
        assertThat(ConferenceSchedule.place(sample.programme(), dakLak)).isEqualTo(sample.programme());
    }

    @Test
    void aNewVenueAndCoOrganiserReachTheProgrammeUnlessTheProgrammeSaysOtherwise() {
        Conference dakLak = sample.conferences().get(0);
        List<ProgrammeDay> created = ConferenceSchedule.place(ConferenceSchedule.unlink(sample.programme(), dakLak.id()), dakLak);
        Conference elsewhere = new Conference(dakLak.id(), dakLak.title(), dakLak.date(), dakLak.halfDay(),
                "Khách sạn Sài Gòn – Ban Mê", dakLak.venueStandard(), 180, "UBND tỉnh Đắk Lắk", dakLak.agenda());

        List<ProgrammeDay> followed = ConferenceSchedule.followDetails(created, dakLak, elsewhere);
        ActivityRef ref = ProgrammeEdits.findConference(followed, dakLak.id()).orElseThrow();
        Activity activity = ProgrammeEdits.find(followed, ref).orElseThrow();
        assertThat(activity.place()).isEqualTo("Khách sạn Sài Gòn – Ban Mê");
        assertThat(activity.host()).isEqualTo("UBND tỉnh Đắk Lắk");

        List<ProgrammeDay> ownPlace = ProgrammeEdits.replace(followed, ref, new Activity(activity.halfDay(), activity.kind(),
                activity.description(), "Hội trường Sở", activity.host(), null, activity.conferenceId(), ""));
        Conference again = new Conference(dakLak.id(), dakLak.title(), dakLak.date(), dakLak.halfDay(), "Khách sạn Mường Thanh",
                dakLak.venueStandard(), 180, "UBND tỉnh Đắk Lắk", dakLak.agenda());
        Activity kept = ProgrammeEdits.find(ConferenceSchedule.followDetails(ownPlace, elsewhere, again), ref).orElseThrow();
        assertThat(kept.place()).isEqualTo("Hội trường Sở");
        assertThat(kept.host()).isEqualTo("UBND tỉnh Đắk Lắk");
    }
}
