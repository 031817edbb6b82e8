package vn.delegationdesk.exchange;

import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.DocumentInfo;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.ResponsibilityRole;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.exchange.json.FieldReader;

/**
 * JSON tree to delegation, by hand, field by field in the order of the format document. Which fields
 * are required is decided here and documented in {@code docs/package-format.md}: identity and key
 * facts are required, descriptive text, lists and unknown-yet dates are optional. The records
 * normalise every string to NFC. Members, itinerary and conferences are in their own decoders.
 */
final class DelegationDecoder {
    private DelegationDecoder() {
    }

    /** The delegation, with id null; placeholders stand in for broken values (see {@link FieldReader}). */
    static Delegation delegation(FieldReader r) {
        return new Delegation(
                null,
                r.requiredText("title"),
                r.requiredEnum("status", DelegationStatus.class, DelegationStatus.DRAFT),
                issuingBody(r.object("issuingBody")),
                document(r.object("document")),
                r.objects("legalBases", DelegationDecoder::legalBasis),
                r.texts("purposes"),
                r.texts("exchangeTopics"),
                r.text("departurePlace"),
                r.optionalDate("startDate"),
                r.optionalDate("endDate"),
                r.objects("legs", ItineraryDecoder::leg),
                r.requiredInt("plannedSize"),
                r.enums("transportModes", TransportMode.class),
                r.text("fundingSource"),
                r.objects("groups", MemberDecoder::group),
                r.objects("members", MemberDecoder::member),
                r.objects("programme", ItineraryDecoder::day),
                r.objects("nights", ItineraryDecoder::night),
                r.objects("conferences", ConferenceDecoder::conference),
                r.objects("responsibilities", DelegationDecoder::responsibility),
                r.texts("recipients"),
                signer(r.object("signer")),
                r.bool("sample"));
    }

    static IssuingBody issuingBody(FieldReader r) {
        return new IssuingBody(r.text("parentBody"), r.text("name"), r.text("abbreviation"));
    }

    private static DocumentInfo document(FieldReader r) {
        return new DocumentInfo(r.text("number"), r.text("symbol"), r.text("place"), r.optionalDate("date"));
    }

    private static LegalBasis legalBasis(FieldReader r) {
        return new LegalBasis(r.requiredText("kind"), r.text("number"), r.optionalDate("date"), r.text("issuer"),
                r.text("subject"));
    }

    private static Responsibility responsibility(FieldReader r) {
        return new Responsibility(
                r.requiredText("unit"),
                r.requiredEnum("role", ResponsibilityRole.class, ResponsibilityRole.COORDINATING),
                r.texts("duties"),
                r.optionalDate("dueDate"),
                r.requiredEnum("status", TaskStatus.class, TaskStatus.NOT_STARTED));
    }

    static Signer signer(FieldReader r) {
        return new Signer(r.text("authorityPrefix"), r.text("principalTitle"), r.text("title"), r.text("name"));
    }
}
