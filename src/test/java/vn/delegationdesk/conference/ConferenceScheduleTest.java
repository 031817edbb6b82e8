package vn.delegationdesk.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.itinerary.Activity;
import vn.delegationdesk.itinerary.ActivityKind;
import vn.delegationdesk.itinerary.ActivityRef;
import vn.delegationdesk.itinerary.HalfDay;
import vn.delegationdesk.itinerary.ProgrammeDay;
import vn.delegationdesk.itinerary.ProgrammeEdits;
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
}
