package vn.delegationdesk.exchange;

import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.exchange.json.FieldReader;

/** Legs, the day-by-day programme and the stay plan of a package. */
final class ItineraryDecoder {
    private ItineraryDecoder() {
    }

    static Leg leg(FieldReader r) {
        return new Leg(r.requiredText("place"), r.text("city"), r.requiredDate("startDate"), r.requiredDate("endDate"),
                r.text("summary"));
    }

    static ProgrammeDay day(FieldReader r) {
        return new ProgrammeDay(r.requiredDate("date"), r.objects("activities", ItineraryDecoder::activity));
    }

    private static Activity activity(FieldReader r) {
        return new Activity(
                r.requiredEnum("halfDay", HalfDay.class, HalfDay.ALL_DAY),
                r.requiredEnum("kind", ActivityKind.class, ActivityKind.OTHER),
                r.text("description"),
                r.text("place"),
                r.text("host"),
                r.optionalEnum("transport", TransportMode.class, null),
                r.text("conferenceId"),
                r.text("notes"),
                r.optionalTime("startTime"),
                r.optionalTime("endTime"));
    }

    /** A night of the stay plan the user set. */
    static Night night(FieldReader r) {
        return new Night(r.requiredDate("date"), r.requiredText("place"),
                new Accommodation(r.text("hotel"), r.text("address"), r.text("phone"), r.bool("hostProvides")));
    }
}
