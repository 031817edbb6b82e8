package vn.delegationdesk.delegation;

import java.util.List;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Activity;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.stay.Night;

/**
 * Every text of a delegation against the text policy ({@link TextRules}) and its stated maximum
 * ({@link DelegationLimits}), at the same paths as the package's fields ({@code members[3].fullName}).
 */
final class DelegationTextChecks {
    private final List<ValidationError> errors;

    private DelegationTextChecks(List<ValidationError> errors) {
        this.errors = errors;
    }

    static void check(Delegation d, List<ValidationError> errors) {
        new DelegationTextChecks(errors).all(d);
    }

    private void text(String path, String value, TextLimit limit) {
        TextRules.check(path, value, limit, errors);
    }

    private void all(Delegation d) {
        text("title", d.title(), DelegationLimits.TITLE);
        text("issuingBody.parentBody", d.issuingBody().parentBody(), DelegationLimits.PARENT_BODY);
        text("issuingBody.name", d.issuingBody().name(), DelegationLimits.BODY_NAME);
        text("issuingBody.abbreviation", d.issuingBody().abbreviation(), DelegationLimits.ABBREVIATION);
        text("document.number", d.document().number(), DelegationLimits.DOCUMENT_NUMBER);
        text("document.symbol", d.document().symbol(), DelegationLimits.DOCUMENT_SYMBOL);
        text("document.place", d.document().place(), DelegationLimits.DOCUMENT_PLACE);
        text("departurePlace", d.departurePlace(), DelegationLimits.DEPARTURE_PLACE);
        text("fundingSource", d.fundingSource(), DelegationLimits.FUNDING_SOURCE);
        text("signer.authorityPrefix", d.signer().authorityPrefix(), DelegationLimits.SIGNER_PREFIX);
        text("signer.principalTitle", d.signer().principalTitle(), DelegationLimits.SIGNER_PRINCIPAL);
        text("signer.title", d.signer().title(), DelegationLimits.SIGNER_TITLE);
        text("signer.name", d.signer().name(), DelegationLimits.SIGNER_NAME);
        for (int i = 0; i < d.legalBases().size(); i++) {
            LegalBasis basis = d.legalBases().get(i);
            String path = "legalBases[" + i + "]";
            text(path + ".kind", basis.kind(), DelegationLimits.BASIS_KIND);
            text(path + ".number", basis.number(), DelegationLimits.BASIS_NUMBER);
            text(path + ".issuer", basis.issuer(), DelegationLimits.BASIS_ISSUER);
            text(path + ".subject", basis.subject(), DelegationLimits.BASIS_SUBJECT);
        }
        TextRules.checkEach("purposes", d.purposes(), DelegationLimits.PURPOSE, errors);
        TextRules.checkEach("exchangeTopics", d.exchangeTopics(), DelegationLimits.TOPIC, errors);
        TextRules.checkEach("recipients", d.recipients(), DelegationLimits.RECIPIENT, errors);
        for (int i = 0; i < d.legs().size(); i++) {
            Leg leg = d.legs().get(i);
            String path = "legs[" + i + "]";
            text(path + ".place", leg.place(), DelegationLimits.LEG_PLACE);
            text(path + ".city", leg.city(), DelegationLimits.LEG_CITY);
            text(path + ".summary", leg.summary(), DelegationLimits.LEG_SUMMARY);
        }
        groups(d.groups());
        members(d.members());
        programme(d);
        nights(d.nights());
        conferences(d.conferences());
        responsibilities(d.responsibilities());
    }

    private void groups(List<MemberGroup> groups) {
        for (int i = 0; i < groups.size(); i++) {
            MemberGroup group = groups.get(i);
            String path = "groups[" + i + "]";
            text(path + ".id", group.id(), DelegationLimits.GROUP_ID);
            text(path + ".name", group.name(), DelegationLimits.GROUP_NAME);
            text(path + ".description", group.description(), DelegationLimits.GROUP_DESCRIPTION);
            for (int q = 0; q < group.quotas().size(); q++) {
                text(path + ".quotas[" + q + "].sendingUnit", group.quotas().get(q).sendingUnit(), DelegationLimits.QUOTA_UNIT);
            }
        }
    }

    private void members(List<Member> members) {
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            String path = "members[" + i + "]";
            text(path + ".id", member.id(), DelegationLimits.MEMBER_ID);
            text(path + ".fullName", member.fullName(), DelegationLimits.MEMBER_NAME);
            text(path + ".position", member.position(), DelegationLimits.MEMBER_POSITION);
            text(path + ".sendingUnit", member.sendingUnit(), DelegationLimits.MEMBER_UNIT);
            text(path + ".groupId", member.groupId(), DelegationLimits.MEMBER_GROUP);
            text(path + ".phone", member.phone(), DelegationLimits.MEMBER_PHONE);
            text(path + ".idNumber", member.idNumber(), DelegationLimits.MEMBER_ID_NUMBER);
            text(path + ".notes", member.notes(), DelegationLimits.MEMBER_NOTES);
        }
    }

    private void programme(Delegation d) {
        for (int i = 0; i < d.programme().size(); i++) {
            List<Activity> activities = d.programme().get(i).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                String path = "programme[" + i + "].activities[" + a + "]";
                text(path + ".description", activity.description(), DelegationLimits.ACTIVITY_DESCRIPTION);
                text(path + ".place", activity.place(), DelegationLimits.ACTIVITY_PLACE);
                text(path + ".host", activity.host(), DelegationLimits.ACTIVITY_HOST);
                text(path + ".conferenceId", activity.conferenceId(), DelegationLimits.ACTIVITY_CONFERENCE);
                text(path + ".notes", activity.notes(), DelegationLimits.ACTIVITY_NOTES);
            }
        }
    }

    private void nights(List<Night> nights) {
        for (int i = 0; i < nights.size(); i++) {
            Night night = nights.get(i);
            String path = "nights[" + i + "]";
            text(path + ".place", night.place(), DelegationLimits.NIGHT_PLACE);
            text(path + ".hotel", night.accommodation().hotel(), DelegationLimits.NIGHT_HOTEL);
            text(path + ".address", night.accommodation().address(), DelegationLimits.NIGHT_ADDRESS);
            text(path + ".phone", night.accommodation().phone(), DelegationLimits.NIGHT_PHONE);
        }
    }

    private void conferences(List<Conference> conferences) {
        for (int i = 0; i < conferences.size(); i++) {
            Conference conference = conferences.get(i);
            String path = "conferences[" + i + "]";
            text(path + ".id", conference.id(), DelegationLimits.CONFERENCE_ID);
            text(path + ".title", conference.title(), DelegationLimits.CONFERENCE_TITLE);
            text(path + ".venue", conference.venue(), DelegationLimits.CONFERENCE_VENUE);
            text(path + ".venueStandard", conference.venueStandard(), DelegationLimits.CONFERENCE_STANDARD);
            text(path + ".coOrganiser", conference.coOrganiser(), DelegationLimits.CONFERENCE_CO_ORGANISER);
            for (int a = 0; a < conference.agenda().size(); a++) {
                AgendaItem item = conference.agenda().get(a);
                text(path + ".agenda[" + a + "].content", item.content(), DelegationLimits.AGENDA_CONTENT);
                text(path + ".agenda[" + a + "].presenter", item.presenter(), DelegationLimits.AGENDA_PRESENTER);
            }
        }
    }

    private void responsibilities(List<Responsibility> items) {
        for (int i = 0; i < items.size(); i++) {
            String path = "responsibilities[" + i + "]";
            text(path + ".unit", items.get(i).unit(), DelegationLimits.RESPONSIBILITY_UNIT);
            TextRules.checkEach(path + ".duties", items.get(i).duties(), DelegationLimits.DUTY, errors);
        }
    }
}
