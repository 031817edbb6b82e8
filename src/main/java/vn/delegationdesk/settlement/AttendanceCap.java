package vn.delegationdesk.settlement;

import java.util.Optional;

/**
 * What the attendance allows for one conference line of the estimate: refreshments ({@code meals} false) are paid
 * for the delegates who came, at the estimate's unit price and sessions; meal support ({@code meals} true) for those
 * of them not on the state payroll, at the estimate's rate. {@code count} is empty when the desk recorded no check-in
 * for the conference (the invoice is then kept as it is); {@code unitPrice} is null while the estimate has no price.
 */
public record AttendanceCap(String estimateKey, String conferenceId, String conferenceTitle, boolean meals,
        Optional<ConferenceAttendance.Count> count, Long unitPrice, long times) {
    public AttendanceCap {
        count = count == null ? Optional.empty() : count;
    }

    /** Whether the desk recorded check-ins for the conference. */
    public boolean checkedIn() {
        return count.isPresent();
    }

    /** The people the line pays for: those who came, or those of them off the payroll for meals; 0 without check-ins. */
    public int people() {
        return count.map(c -> meals ? c.offPayroll() : c.attended()).orElse(0);
    }

    /** People × unit price × sessions, or empty without check-ins or without a unit price. */
    public Optional<Long> limit() {
        if (!checkedIn() || unitPrice == null) {
            return Optional.empty();
        }
        return Optional.of(Math.multiplyExact(Math.multiplyExact((long) people(), unitPrice), times));
    }
}
