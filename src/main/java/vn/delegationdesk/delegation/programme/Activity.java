package vn.delegationdesk.delegation.programme;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * One entry of the programme in a session of a day. {@code conferenceId} links a
 * {@link ActivityKind#CONFERENCE} slot to its conference; {@code transport} is set for travel.
 * {@code startTime}/{@code endTime} are the clock times when the plan gives them ("08h00 – 11h30"), to the
 * minute; null when not set, which is the usual case: most plans only name the session.
 */
public record Activity(
        HalfDay halfDay,
        ActivityKind kind,
        String description,
        String place,
        String host,
        TransportMode transport,
        String conferenceId,
        String notes,
        LocalTime startTime,
        LocalTime endTime) {
    public Activity {
        Objects.requireNonNull(halfDay, "halfDay");
        Objects.requireNonNull(kind, "kind");
        description = Texts.clean(description);
        place = Texts.clean(place);
        host = Texts.clean(host);
        conferenceId = Texts.isBlank(conferenceId) ? null : Texts.clean(conferenceId);
        notes = Texts.clean(notes);
        startTime = toMinute(startTime);
        endTime = toMinute(endTime);
    }

    /** An activity without clock times (the form every plan written before times existed uses). */
    public Activity(HalfDay halfDay, ActivityKind kind, String description, String place, String host,
            TransportMode transport, String conferenceId, String notes) {
        this(halfDay, kind, description, place, host, transport, conferenceId, notes, null, null);
    }

    /** The same activity with other clock times (either may be null). */
    public Activity withTimes(LocalTime start, LocalTime end) {
        return new Activity(halfDay, kind, description, place, host, transport, conferenceId, notes, start, end);
    }

    private static LocalTime toMinute(LocalTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MINUTES);
    }
}
