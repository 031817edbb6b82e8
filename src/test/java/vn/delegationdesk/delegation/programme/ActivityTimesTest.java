package vn.delegationdesk.delegation.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationValidator;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

class ActivityTimesTest {
    private static final LocalDate D14 = LocalDate.of(2025, 10, 14);

    private final Activity flight = new Activity(HalfDay.MORNING, ActivityKind.TRAVEL, "Bay", "Hà Nội – Buôn Ma Thuột",
            "", TransportMode.PLANE, null, "");

    @Test
    void timesAreOptionalAndKeptToTheMinute() {
        assertThat(flight.startTime()).isNull();
        assertThat(flight.endTime()).isNull();

        Activity timed = flight.withTimes(LocalTime.of(7, 30, 45), LocalTime.of(9, 15));

        assertThat(timed.startTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(timed.endTime()).isEqualTo(LocalTime.of(9, 15));
        assertThat(timed.withTimes(null, null)).isEqualTo(flight);
    }

    @Test
    void movingAnActivityToAnotherSessionKeepsItsTimes() {
        Activity timed = flight.withTimes(LocalTime.of(7, 30), LocalTime.of(9, 15));
        List<ProgrammeDay> days = List.of(new ProgrammeDay(D14, List.of(timed)));

        List<ProgrammeDay> moved = ProgrammeEdits.moveTo(days, new ActivityRef(D14, HalfDay.MORNING, 0),
                new Slot(D14, HalfDay.AFTERNOON));

        assertThat(moved.get(0).activitiesIn(HalfDay.AFTERNOON).get(0).startTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Activity backwards = flight.withTimes(LocalTime.of(11, 0), LocalTime.of(9, 0));
        Delegation d = SampleDelegation.create().toBuilder().programme(List.of(new ProgrammeDay(D14, List.of(backwards)))).build();

        assertThat(new DelegationValidator().validate(d)).extracting(new Messages()::describe)
                .containsExactly("programme[0].activities[0].endTime: giờ kết thúc trước giờ bắt đầu");
    }
}
