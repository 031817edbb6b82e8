package vn.delegationdesk.delegation.programme;

import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * One entry of the programme in a session of a day. {@code conferenceId} links a
 * {@link ActivityKind#CONFERENCE} slot to its conference; {@code transport} is set for travel.
 */
public record Activity(
        HalfDay halfDay,
        ActivityKind kind,
        String description,
        String place,
        String host,
        TransportMode transport,
        String conferenceId,
        String notes) {
    public Activity {
        Objects.requireNonNull(halfDay, "halfDay");
        Objects.requireNonNull(kind, "kind");
        description = Texts.clean(description);
        place = Texts.clean(place);
        host = Texts.clean(host);
        conferenceId = Texts.isBlank(conferenceId) ? null : Texts.clean(conferenceId);
        notes = Texts.clean(notes);
    }
}
