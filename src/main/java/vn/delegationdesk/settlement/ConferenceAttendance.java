package vn.delegationdesk.settlement;

import java.util.Optional;

/**
 * The port through which the settlement is offered a conference's attendance, as the registration desk counted it:
 * how many delegates were checked in and how many of them are not on the state payroll (whose meals may be supported).
 * Empty when no check-in was recorded for the conference, so the settlement keeps the invoices as they are. The
 * composition root fills it from the conference desk, so that the settlement does not depend on that feature.
 */
@FunctionalInterface
public interface ConferenceAttendance {
    /** No conference has check-ins. */
    ConferenceAttendance NONE = (delegationId, conferenceId) -> Optional.empty();

    Optional<Count> attended(long delegationId, String conferenceId);

    /** Delegates checked in, and those of them not on the state payroll. */
    record Count(int attended, int offPayroll) {
        public Count {
            if (attended < 0 || offPayroll < 0 || offPayroll > attended) {
                throw new IllegalArgumentException("attended " + attended + ", off payroll " + offPayroll);
            }
        }
    }
}
