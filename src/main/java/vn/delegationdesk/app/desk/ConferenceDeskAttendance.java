package vn.delegationdesk.app.desk;

import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.conferencedesk.ConferenceDeskService;
import vn.delegationdesk.conferencedesk.GroupCount;
import vn.delegationdesk.settlement.ConferenceAttendance;

/**
 * The settlement's view of a conference's attendance ({@link ConferenceAttendance}) read from the conference desk:
 * the delegates checked in (walk-ins too) and those of them not on the state payroll; empty while nobody was checked
 * in, so a conference held without the desk keeps its invoices as they are.
 */
public final class ConferenceDeskAttendance implements ConferenceAttendance {
    private final ConferenceDeskService desk;

    public ConferenceDeskAttendance(ConferenceDeskService desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    @Override
    public Optional<Count> attended(long delegationId, String conferenceId) {
        GroupCount total = desk.counts(desk.delegates(delegationId, conferenceId)).total();
        return total.attended() == 0 ? Optional.empty() : Optional.of(new Count(total.attended(), total.attendedOffPayroll()));
    }
}
