package vn.delegationdesk.exchange;

import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.exchange.json.FieldReader;

/** Conferences and their agendas of a package. */
final class ConferenceDecoder {
    private ConferenceDecoder() {
    }

    static Conference conference(FieldReader r) {
        return new Conference(
                r.requiredText("id"),
                r.requiredText("title"),
                r.requiredDate("date"),
                r.requiredEnum("halfDay", HalfDay.class, HalfDay.ALL_DAY),
                r.text("venue"),
                r.text("venueStandard"),
                r.requiredInt("expectedDelegates"),
                r.text("coOrganiser"),
                r.objects("agenda", ConferenceDecoder::agendaItem));
    }

    private static AgendaItem agendaItem(FieldReader r) {
        return new AgendaItem(r.requiredText("content"), r.text("presenter"), r.optionalInt("durationMinutes"));
    }
}
