package vn.delegationdesk.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.MemoryDelegateRepository;
import vn.delegationdesk.conferencedesk.TestDelegates;
import vn.delegationdesk.people.RoleGate;
import vn.delegationdesk.people.User;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.settlement.ConferenceAttendance;

/** The settlement's port filled from the desk: nothing before the first check-in, then the desk's own counts. */
class ConferenceDeskAttendanceTest {
    private static final long ID = 7L;
    private static final String DAK_LAK = SampleDelegation.CONFERENCE_DAK_LAK;

    @Test
    void theSettlementIsOfferedWhoCameAndWhoOfThemIsOffThePayrollOnceTheDeskCheckedPeopleIn() {
        ConferenceDeskService desk = new ConferenceDeskService(new MemoryDelegateRepository(),
                new RoleGate(() -> User.everyRole("lan")), Clock.fixed(Instant.parse("2025-10-14T06:30:00Z"), ZoneOffset.UTC));
        List<Delegate> stored = desk.save(ID, DAK_LAK, TestDelegates.of(DAK_LAK));
        ConferenceAttendance attendance = new ConferenceDeskAttendance(desk);

        assertThat(attendance.attended(ID, DAK_LAK)).as("no check-in yet").isEmpty();

        List<Delegate> coming = stored.stream().filter(d -> d.status() != DelegateStatus.DECLINED).toList();
        coming.forEach(d -> desk.checkIn(d.id()));

        long offPayroll = coming.stream().filter(d -> !d.onPayroll()).count();
        assertThat(coming).hasSize(174);
        assertThat(offPayroll).isPositive();
        assertThat(attendance.attended(ID, DAK_LAK)).contains(new ConferenceAttendance.Count(174, (int) offPayroll));
        assertThat(attendance.attended(ID, SampleDelegation.CONFERENCE_LAM_DONG)).isEmpty();
    }
}
