package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.delegationdesk.common.Texts;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.stay.Night;

/**
 * A study delegation and everything its plan holds. Immutable: editors build a new value (see
 * {@link #toBuilder()}) and the repository stores it whole in one transaction. {@code id} is null until
 * stored. {@code startDate}/{@code endDate} are the trip's own dates ("Thời gian"); legs lie inside them.
 * Both may be null for a draft whose dates are not decided yet.
 *
 * <p>{@code nights} is the stay plan the user set, night by night; empty while the user has not touched it,
 * and then the nights follow the programme (see {@link StayPlans}, the one place that says which applies).
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
        LocalDate startDate,
        LocalDate endDate,
        List<Leg> legs,
        int plannedSize,
        List<TransportMode> transportModes,
        String fundingSource,
        List<MemberGroup> groups,
        List<Member> members,
        List<ProgrammeDay> programme,
        List<Night> nights,
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
        nights = nights == null ? List.of() : List.copyOf(nights);
        conferences = List.copyOf(conferences);
        responsibilities = List.copyOf(responsibilities);
        recipients = Texts.cleanAll(recipients);
        Objects.requireNonNull(signer, "signer");
    }

    /** A delegation whose nights follow the programme (no stay plan set): the form written before stay plans existed. */
    public Delegation(Long id, String title, DelegationStatus status, IssuingBody issuingBody, DocumentInfo document,
            List<LegalBasis> legalBases, List<String> purposes, List<String> exchangeTopics, String departurePlace,
            LocalDate startDate, LocalDate endDate, List<Leg> legs, int plannedSize, List<TransportMode> transportModes,
            String fundingSource, List<MemberGroup> groups, List<Member> members, List<ProgrammeDay> programme,
            List<Conference> conferences, List<Responsibility> responsibilities, List<String> recipients, Signer signer,
            boolean sample) {
        this(id, title, status, issuingBody, document, legalBases, purposes, exchangeTopics, departurePlace, startDate,
                endDate, legs, plannedSize, transportModes, fundingSource, groups, members, programme, List.of(),
                conferences, responsibilities, recipients, signer, sample);
    }

    public Delegation withId(Long newId) {
        return toBuilder().id(newId).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** First day of the trip: its start date, else the earliest leg or programme day. */
    public Optional<LocalDate> firstDate() {
        return startDate != null ? Optional.of(startDate) : allDates().min(Comparator.naturalOrder());
    }

    /** Last day of the trip: its end date, else the latest leg or programme day. */
    public Optional<LocalDate> lastDate() {
        return endDate != null ? Optional.of(endDate) : allDates().max(Comparator.naturalOrder());
    }

    private Stream<LocalDate> allDates() {
        return Stream.concat(legs.stream().flatMap(l -> Stream.of(l.startDate(), l.endDate())),
                programme.stream().map(ProgrammeDay::date));
    }

    public Optional<Member> head() {
        return members.stream().filter(m -> m.role() == DelegationRole.HEAD).findFirst();
    }

    public DelegationSummary summary() {
        return new DelegationSummary(id == null ? 0L : id, title, firstDate().orElse(null), lastDate().orElse(null),
                legs.stream().map(Leg::place).toList(), members.size(), plannedSize, status, sample);
    }

    /** A mutable copy for editors: change some parts, then {@link #build()} a new delegation. */
    public static final class Builder {
        private Long id;
        private String title;
        private DelegationStatus status;
        private IssuingBody issuingBody;
        private DocumentInfo document;
        private List<LegalBasis> legalBases;
        private List<String> purposes;
        private List<String> exchangeTopics;
        private String departurePlace;
        private LocalDate startDate;
        private LocalDate endDate;
        private List<Leg> legs;
        private int plannedSize;
        private List<TransportMode> transportModes;
        private String fundingSource;
        private List<MemberGroup> groups;
        private List<Member> members;
        private List<ProgrammeDay> programme;
        private List<Night> nights;
        private List<Conference> conferences;
        private List<Responsibility> responsibilities;
        private List<String> recipients;
        private Signer signer;
        private boolean sample;

        private Builder(Delegation d) {
            id = d.id;
            title = d.title;
            status = d.status;
            issuingBody = d.issuingBody;
            document = d.document;
            legalBases = d.legalBases;
            purposes = d.purposes;
            exchangeTopics = d.exchangeTopics;
            departurePlace = d.departurePlace;
            startDate = d.startDate;
            endDate = d.endDate;
            legs = d.legs;
            plannedSize = d.plannedSize;
            transportModes = d.transportModes;
            fundingSource = d.fundingSource;
            groups = d.groups;
            members = d.members;
            programme = d.programme;
            nights = d.nights;
            conferences = d.conferences;
            responsibilities = d.responsibilities;
            recipients = d.recipients;
            signer = d.signer;
            sample = d.sample;
        }

        public Builder id(Long value) {
            id = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder status(DelegationStatus value) {
            status = value;
            return this;
        }

        public Builder issuingBody(IssuingBody value) {
            issuingBody = value;
            return this;
        }

        public Builder document(DocumentInfo value) {
            document = value;
            return this;
        }

        public Builder legalBases(List<LegalBasis> value) {
            legalBases = value;
            return this;
        }

        public Builder purposes(List<String> value) {
            purposes = value;
            return this;
        }

        public Builder exchangeTopics(List<String> value) {
            exchangeTopics = value;
            return this;
        }

        public Builder departurePlace(String value) {
            departurePlace = value;
            return this;
        }

        public Builder startDate(LocalDate value) {
            startDate = value;
            return this;
        }

        public Builder endDate(LocalDate value) {
            endDate = value;
            return this;
        }

        public Builder legs(List<Leg> value) {
            legs = value;
            return this;
        }

        public Builder plannedSize(int value) {
            plannedSize = value;
            return this;
        }

        public Builder transportModes(List<TransportMode> value) {
            transportModes = value;
            return this;
        }

        public Builder fundingSource(String value) {
            fundingSource = value;
            return this;
        }

        public Builder groups(List<MemberGroup> value) {
            groups = value;
            return this;
        }

        public Builder members(List<Member> value) {
            members = value;
            return this;
        }

        public Builder programme(List<ProgrammeDay> value) {
            programme = value;
            return this;
        }

        /** The stay plan the user set; empty: the nights follow the programme. */
        public Builder nights(List<Night> value) {
            nights = value;
            return this;
        }

        public Builder conferences(List<Conference> value) {
            conferences = value;
            return this;
        }

        public Builder responsibilities(List<Responsibility> value) {
            responsibilities = value;
            return this;
        }

        public Builder recipients(List<String> value) {
            recipients = value;
            return this;
        }

        public Builder signer(Signer value) {
            signer = value;
            return this;
        }

        public Builder sample(boolean value) {
            sample = value;
            return this;
        }

        public Delegation build() {
            return new Delegation(id, title, status, issuingBody, document, legalBases, purposes, exchangeTopics,
                    departurePlace, startDate, endDate, legs, plannedSize, transportModes, fundingSource, groups, members,
                    programme, nights, conferences, responsibilities, recipients, signer, sample);
        }
    }
}
