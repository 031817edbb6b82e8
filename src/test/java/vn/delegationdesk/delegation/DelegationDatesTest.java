package vn.delegationdesk.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.TaskStatus;
import vn.delegationdesk.sample.SampleDelegation;

class DelegationDatesTest {
    private static final Delegation SAMPLE = SampleDelegation.create();

    @Test
    void aLaterStartMovesEveryTripDateByTheSameDays() {
        Delegation moved = DelegationDates.startingOn(SAMPLE, LocalDate.of(2026, 3, 10));

        assertThat(moved.startDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(moved.endDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(moved.legs().get(0).startDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(moved.legs().get(1).endDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(moved.programme().stream().map(ProgrammeDay::date).toList()).containsExactly(
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13),
                LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15));
        assertThat(moved.conferences().get(1).date()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(moved.programme().get(0).activities()).isEqualTo(SAMPLE.programme().get(0).activities());
        assertThat(moved.document()).isEqualTo(SAMPLE.document());
        assertThat(moved.legalBases()).isEqualTo(SAMPLE.legalBases());
    }

    @Test
    void dueDatesMoveAndMissingOnesStayMissing() {
        Delegation withDue = SAMPLE.toBuilder().responsibilities(java.util.List.of(
                new Responsibility("Văn phòng Sở", SAMPLE.responsibilities().get(1).role(), java.util.List.of("Dự toán"),
                        LocalDate.of(2025, 10, 1), TaskStatus.IN_PROGRESS),
                SAMPLE.responsibilities().get(0))).build();

        Delegation moved = DelegationDates.shiftedBy(withDue, -3);

        assertThat(moved.responsibilities().get(0).dueDate()).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(moved.responsibilities().get(1).dueDate()).isEqualTo(SAMPLE.responsibilities().get(0).dueDate());
        assertThat(moved.startDate()).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void aDelegationWithoutDatesOnlyGetsItsStart() {
        Delegation undated = SAMPLE.toBuilder().startDate(null).endDate(null).legs(java.util.List.of())
                .programme(java.util.List.of()).build();

        Delegation dated = DelegationDates.startingOn(undated, LocalDate.of(2026, 1, 5));

        assertThat(dated.startDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(dated.endDate()).isNull();
    }

    @Test
    void rangesOverlapWhenTheyShareADay() {
        LocalDate d14 = LocalDate.of(2025, 10, 14);
        LocalDate d19 = LocalDate.of(2025, 10, 19);
        assertThat(DelegationDates.overlap(d14, d19, d19, d19.plusDays(3))).isTrue();
        assertThat(DelegationDates.overlap(d14, d19, d19.plusDays(1), d19.plusDays(3))).isFalse();
        assertThat(DelegationDates.overlap(d14, d19, null, d19)).isFalse();
    }

    @Test
    void aCopyIsANewUnnumberedDraftWithWorkNotStartedAndMembersOnlyWhenAsked() {
        Delegation stored = SAMPLE.toBuilder().id(7L).status(DelegationStatus.COMPLETED)
                .document(new DocumentInfo("125", "KH-SVHTT", "Hà Nội", LocalDate.of(2025, 9, 30))).build();

        Delegation copy = DelegationCopy.of(stored, LocalDate.of(2026, 10, 13), false);

        assertThat(copy.id()).isNull();
        assertThat(copy.status()).isEqualTo(DelegationStatus.DRAFT);
        assertThat(copy.sample()).isFalse();
        assertThat(copy.document()).isEqualTo(new DocumentInfo("", "KH-SVHTT", "Hà Nội", null));
        assertThat(copy.members()).isEmpty();
        assertThat(copy.groups()).isEqualTo(SAMPLE.groups());
        assertThat(copy.conferences()).hasSize(2);
        assertThat(copy.startDate()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(copy.responsibilities()).allMatch(r -> r.status() == TaskStatus.NOT_STARTED);

        Delegation withMembers = DelegationCopy.of(stored, LocalDate.of(2026, 10, 13), true);
        assertThat(withMembers.members()).hasSize(37);
        assertThat(withMembers.members()).allMatch(Member::sample);
    }
}
