package vn.delegationdesk.exchange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.stay.Night;
import vn.delegationdesk.exchange.json.PackageJson;

/**
 * Delegation to JSON tree, by hand. Every field is written, in the order of the format document, with
 * {@code null} for an optional value that is not set, so a reader of the file sees every field that
 * exists. The stored database id is not written: a package is id-free at the delegation level.
 */
final class DelegationEncoder {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private DelegationEncoder() {
    }

    static ObjectNode delegation(Delegation d) {
        ObjectNode o = object();
        o.put("title", d.title());
        o.put("status", d.status().name());
        o.set("issuingBody", issuingBody(d.issuingBody()));
        o.set("document", document(d.document()));
        o.set("legalBases", array(d.legalBases(), DelegationEncoder::legalBasis));
        o.set("purposes", texts(d.purposes()));
        o.set("exchangeTopics", texts(d.exchangeTopics()));
        o.put("departurePlace", d.departurePlace());
        putDate(o, "startDate", d.startDate());
        putDate(o, "endDate", d.endDate());
        o.set("legs", array(d.legs(), DelegationEncoder::leg));
        o.put("plannedSize", d.plannedSize());
        o.set("transportModes", texts(d.transportModes().stream().map(Enum::name).toList()));
        o.put("fundingSource", d.fundingSource());
        o.set("groups", array(d.groups(), DelegationEncoder::group));
        o.set("members", array(d.members(), DelegationEncoder::member));
        o.set("programme", array(d.programme(), DelegationEncoder::day));
        o.set("nights", array(d.nights(), DelegationEncoder::night));
        o.set("conferences", array(d.conferences(), DelegationEncoder::conference));
        o.set("responsibilities", array(d.responsibilities(), DelegationEncoder::responsibility));
        o.set("recipients", texts(d.recipients()));
        o.set("signer", signer(d.signer()));
        o.put("sample", d.sample());
        return o;
    }

    static ObjectNode issuingBody(IssuingBody body) {
        ObjectNode o = object();
        o.put("parentBody", body.parentBody());
        o.put("name", body.name());
        o.put("abbreviation", body.abbreviation());
        return o;
    }

    private static ObjectNode document(DocumentInfo document) {
        ObjectNode o = object();
        o.put("number", document.number());
        o.put("symbol", document.symbol());
        o.put("place", document.place());
        putDate(o, "date", document.date());
        return o;
    }

    private static ObjectNode legalBasis(LegalBasis basis) {
        ObjectNode o = object();
        o.put("kind", basis.kind());
        o.put("number", basis.number());
        putDate(o, "date", basis.date());
        o.put("issuer", basis.issuer());
        o.put("subject", basis.subject());
        return o;
    }

    private static ObjectNode leg(Leg leg) {
        ObjectNode o = object();
        o.put("place", leg.place());
        o.put("city", leg.city());
        putDate(o, "startDate", leg.startDate());
        putDate(o, "endDate", leg.endDate());
        o.put("summary", leg.summary());
        return o;
    }

    private static ObjectNode group(MemberGroup group) {
        ObjectNode o = object();
        o.put("id", group.id());
        o.put("name", group.name());
        o.put("description", group.description());
        o.set("quotas", array(group.quotas(), DelegationEncoder::quota));
        return o;
    }

    private static ObjectNode quota(Quota quota) {
        ObjectNode o = object();
        o.put("sendingUnit", quota.sendingUnit());
        o.put("seats", quota.seats());
        return o;
    }

    private static ObjectNode member(Member m) {
        ObjectNode o = object();
        o.put("id", m.id());
        o.put("fullName", m.fullName());
        o.put("gender", m.gender().name());
        putDate(o, "dateOfBirth", m.dateOfBirth());
        o.put("position", m.position());
        o.put("sendingUnit", m.sendingUnit());
        o.put("groupId", m.groupId());
        o.put("allowanceCoefficient", m.allowanceCoefficient());
        o.put("onStatePayroll", m.onStatePayroll());
        o.put("phone", m.phone());
        o.put("idNumber", m.idNumber());
        o.put("role", m.role().name());
        o.put("notes", m.notes());
        o.put("sample", m.sample());
        return o;
    }

    private static ObjectNode day(ProgrammeDay day) {
        ObjectNode o = object();
        putDate(o, "date", day.date());
        o.set("activities", array(day.activities(), DelegationEncoder::activity));
        return o;
    }

    private static ObjectNode activity(Activity a) {
        ObjectNode o = object();
        o.put("halfDay", a.halfDay().name());
        o.put("kind", a.kind().name());
        o.put("description", a.description());
        o.put("place", a.place());
        o.put("host", a.host());
        o.put("transport", a.transport() == null ? null : a.transport().name());
        o.put("conferenceId", a.conferenceId());
        o.put("notes", a.notes());
        putTime(o, "startTime", a.startTime());
        putTime(o, "endTime", a.endTime());
        return o;
    }

    private static ObjectNode night(Night n) {
        ObjectNode o = object();
        putDate(o, "date", n.date());
        o.put("place", n.place());
        o.put("hotel", n.accommodation().hotel());
        o.put("address", n.accommodation().address());
        o.put("phone", n.accommodation().phone());
        o.put("hostProvides", n.accommodation().hostProvides());
        return o;
    }

    private static ObjectNode conference(Conference c) {
        ObjectNode o = object();
        o.put("id", c.id());
        o.put("title", c.title());
        putDate(o, "date", c.date());
        o.put("halfDay", c.halfDay().name());
        o.put("venue", c.venue());
        o.put("venueStandard", c.venueStandard());
        o.put("expectedDelegates", c.expectedDelegates());
        o.put("coOrganiser", c.coOrganiser());
        o.set("agenda", array(c.agenda(), DelegationEncoder::agendaItem));
        return o;
    }

    private static ObjectNode agendaItem(AgendaItem item) {
        ObjectNode o = object();
        o.put("content", item.content());
        o.put("presenter", item.presenter());
        o.put("durationMinutes", item.durationMinutes());
        return o;
    }

    private static ObjectNode responsibility(Responsibility r) {
        ObjectNode o = object();
        o.put("unit", r.unit());
        o.put("role", r.role().name());
        o.set("duties", texts(r.duties()));
        putDate(o, "dueDate", r.dueDate());
        o.put("status", r.status().name());
        return o;
    }

    static ObjectNode signer(Signer signer) {
        ObjectNode o = object();
        o.put("authorityPrefix", signer.authorityPrefix());
        o.put("principalTitle", signer.principalTitle());
        o.put("title", signer.title());
        o.put("name", signer.name());
        return o;
    }

    static ObjectNode object() {
        return PackageJson.MAPPER.createObjectNode();
    }

    static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> encode) {
        ArrayNode array = PackageJson.MAPPER.createArrayNode();
        items.forEach(item -> array.add(encode.apply(item)));
        return array;
    }

    static ArrayNode texts(List<String> items) {
        ArrayNode array = PackageJson.MAPPER.createArrayNode();
        items.forEach(array::add);
        return array;
    }

    /** "HH:mm" on the 24-hour clock; the domain keeps times to the minute. */
    private static void putTime(ObjectNode o, String name, LocalTime time) {
        o.put(name, time == null ? null : CLOCK.format(time));
    }

    /** ISO yyyy-MM-dd, written as a string so that the reader controls parsing and its error messages. */
    static void putDate(ObjectNode o, String name, LocalDate date) {
        o.put(name, date == null ? null : date.toString());
    }
}
