package vn.delegationdesk.settlement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.conference.Conference;

/**
 * The caps the attendance puts on a delegation's conference lines, by estimate line key ("conference.c1.refreshment",
 * "conference.c1.meals", as {@code budget.ConferenceLines} names them). The estimate keeps the planned count; only the
 * settlement is capped, and only for a conference whose desk recorded check-ins.
 */
public record AttendanceCaps(Map<String, AttendanceCap> byKey) {
    /** No conference line is capped. */
    public static final AttendanceCaps NONE = new AttendanceCaps(Map.of());
    static final String REFRESHMENT = ".refreshment";
    static final String MEALS = ".meals";

    public AttendanceCaps {
        byKey = Map.copyOf(byKey);
    }

    /** The caps of every conference of {@code delegation} that has a refreshment or meal line in {@code estimate}. */
    public static AttendanceCaps of(Delegation delegation, Estimate estimate, ConferenceAttendance attendance) {
        if (delegation.conferences().isEmpty()) {
            return NONE;
        }
        Map<String, AttendanceCap> caps = new LinkedHashMap<>();
        for (Conference conference : delegation.conferences()) {
            Optional<ConferenceAttendance.Count> count = delegation.id() == null ? Optional.empty()
                    : attendance.attended(delegation.id(), conference.id());
            for (String suffix : new String[] {REFRESHMENT, MEALS}) {
                String key = "conference." + conference.id() + suffix;
                Optional<BudgetLine> line = estimate.line(key);
                line.ifPresent(l -> caps.put(key, new AttendanceCap(key, conference.id(), conference.title(),
                        suffix.equals(MEALS), count, l.unitPrice(), l.times())));
            }
        }
        return new AttendanceCaps(caps);
    }

    /** The cap of the estimate line {@code estimateKey}, if it is a conference's refreshment or meal line. */
    public Optional<AttendanceCap> of(String estimateKey) {
        return Optional.ofNullable(byKey.get(estimateKey));
    }
}
