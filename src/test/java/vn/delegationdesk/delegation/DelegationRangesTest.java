package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.conference.AgendaItem;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The whole numbers a delegation stores as INT and the allowance coefficient (DECIMAL(6, 2)) are checked against their
 * stated ranges in the validator, the field named by its path, before the store could refuse them.
 */
class DelegationRangesTest {
    private final Messages messages = new Messages();
    private final Delegation sample = SampleDelegation.create();

    private List<String> problems(Delegation d) {
        return messages.describeAll(new DelegationValidator().validate(d));
    }

    @Test
    void theSampleIsInsideEveryRange() {
        assertThat(problems(sample)).isEmpty();
    }

    @Test
    void numbersAboveTheirMaximumAreNamedWithIt() {
        List<Member> members = new ArrayList<>(sample.members());
        members.set(0, members.get(0).toBuilder().allowanceCoefficient(new BigDecimal("10000")).build());
        List<MemberGroup> groups = new ArrayList<>(sample.groups());
        MemberGroup group = groups.get(0);
        List<Quota> quotas = new ArrayList<>(group.quotas());
        quotas.set(0, new Quota(quotas.get(0).sendingUnit(), 10_001));
        groups.set(0, new MemberGroup(group.id(), group.name(), group.description(), quotas));
        List<Conference> conferences = new ArrayList<>(sample.conferences());
        Conference c = conferences.get(0);
        List<AgendaItem> agenda = new ArrayList<>(c.agenda());
        agenda.set(0, new AgendaItem(agenda.get(0).content(), agenda.get(0).presenter(), 1441));
        agenda.set(1, new AgendaItem(agenda.get(1).content(), agenda.get(1).presenter(), -5));
        conferences.set(0, new Conference(c.id(), c.title(), c.date(), c.halfDay(), c.venue(), c.venueStandard(), 100_001,
                c.coOrganiser(), agenda));

        Delegation d = sample.toBuilder().plannedSize(10_001).members(members).groups(groups).conferences(conferences).build();

        assertThat(problems(d)).containsExactlyInAnyOrder(
                "plannedSize: không được lớn hơn 10.000",
                "groups[0].quotas[0].seats: không được lớn hơn 10.000",
                "members[0].allowanceCoefficient: không được lớn hơn 9.999,99",
                "conferences[0].expectedDelegates: không được lớn hơn 100.000",
                "conferences[0].agenda[0].durationMinutes: không được lớn hơn 1.440",
                "conferences[0].agenda[1].durationMinutes: không được là số âm");
    }

    @Test
    void theLargestValuesOfEachRangeAreTaken() {
        List<Member> members = new ArrayList<>(sample.members());
        members.set(0, members.get(0).toBuilder().allowanceCoefficient(DelegationLimits.MAX_COEFFICIENT).build());

        assertThat(problems(sample.toBuilder().plannedSize(DelegationLimits.MAX_PLANNED_SIZE).members(members).build())).isEmpty();
    }
}
