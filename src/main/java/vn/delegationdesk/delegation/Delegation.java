package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.conference.Conference;
import vn.delegationdesk.itinerary.Leg;
import vn.delegationdesk.itinerary.ProgrammeDay;
import vn.delegationdesk.itinerary.TransportMode;
import vn.delegationdesk.member.Member;
import vn.delegationdesk.member.MemberGroup;
import vn.delegationdesk.responsibility.Responsibility;

/**
 * A study delegation and everything its plan holds. Immutable: editors build a new value and the
 * repository stores it whole in one transaction. {@code id} is null until stored.
 */
public record Delegation(
        Long id,
        String title,
        DelegationStatus status,
        IssuingBody issuingBody,
        DocumentInfo document,
        List<LegalBasis> legalBases,
        List<String> purposes,
        List<String> exchangeTopics,
        String departurePlace,
        List<Leg> legs,
        int plannedSize,
        List<TransportMode> transportModes,
        String fundingSource,
        List<MemberGroup> groups,
        List<Member> members,
        List<ProgrammeDay> programme,
        List<Conference> conferences,
        List<Responsibility> responsibilities,
        List<String> recipients,
        Signer signer,
        boolean sample) {

    public Delegation {
        title = Texts.clean(title);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(document, "document");
        legalBases = List.copyOf(legalBases);
        purposes = Texts.cleanAll(purposes);
        exchangeTopics = Texts.cleanAll(exchangeTopics);
        departurePlace = Texts.clean(departurePlace);
        legs = List.copyOf(legs);
        transportModes = List.copyOf(transportModes);
        fundingSource = Texts.clean(fundingSource);
        groups = List.copyOf(groups);
        members = List.copyOf(members);
        programme = List.copyOf(programme);
        conferences = List.copyOf(conferences);
        responsibilities = List.copyOf(responsibilities);
        recipients = Texts.cleanAll(recipients);
        Objects.requireNonNull(signer, "signer");
    }

    public Delegation withId(Long newId) {
        return new Delegation(newId, title, status, issuingBody, document, legalBases, purposes, exchangeTopics,
                departurePlace, legs, plannedSize, transportModes, fundingSource, groups, members, programme,
                conferences, responsibilities, recipients, signer, sample);
    }

    /** First day of the trip: the earliest leg or programme day. */
    public Optional<LocalDate> firstDate() {
        return allDates().min(Comparator.naturalOrder());
    }

    /** Last day of the trip: the latest leg or programme day. */
    public Optional<LocalDate> lastDate() {
        return allDates().max(Comparator.naturalOrder());
    }

    private java.util.stream.Stream<LocalDate> allDates() {
        return java.util.stream.Stream.concat(
                legs.stream().flatMap(l -> java.util.stream.Stream.of(l.startDate(), l.endDate())),
                programme.stream().map(ProgrammeDay::date));
    }

    public Optional<Member> head() {
        return members.stream().filter(m -> m.role() == vn.delegationdesk.member.DelegationRole.HEAD).findFirst();
    }

    public DelegationSummary summary() {
        return new DelegationSummary(id == null ? 0L : id, title, firstDate().orElse(null), lastDate().orElse(null),
                legs.stream().map(Leg::place).toList(), members.size(), plannedSize, status, sample);
    }
}
