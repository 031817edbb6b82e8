package vn.delegationdesk.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationValidator;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.conference.Conference;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.programme.ActivityKind;
import vn.delegationdesk.delegation.programme.HalfDay;
import vn.delegationdesk.delegation.programme.Leg;
import vn.delegationdesk.delegation.programme.ProgrammeDay;
import vn.delegationdesk.delegation.programme.TransportMode;

class SampleDelegationTest {
    private final Delegation sample = SampleDelegation.create();

    @Test
    void isValidAndMarkedAsSample() {
        assertThat(new DelegationValidator().validate(sample)).isEmpty();
        assertThat(sample.sample()).isTrue();
        assertThat(sample.members()).allMatch(Member::sample);
        assertThat(sample.title()).startsWith("Tổ chức Đoàn khảo sát trao đổi, học tập kinh nghiệm thực tế về mô hình quản lý")
                .endsWith("thể thao thành tích cao tại tỉnh Đắk Lắk và tỉnh Lâm Đồng");
    }

    @Test
    void legalBasisListsTheFourDocumentsOfThePlan() {
        assertThat(sample.legalBases()).extracting(LegalBasis::kind, LegalBasis::number, LegalBasis::date).containsExactly(
                tuple("Nghị quyết", "09-NQ/TU", LocalDate.of(2022, 2, 22)),
                tuple("Kế hoạch", "217/KH-UBND", LocalDate.of(2022, 8, 12)),
                tuple("Kế hoạch", "129/KH-UBND", LocalDate.of(2024, 4, 25)),
                tuple("Kế hoạch", "628/KH-SVHTT", LocalDate.of(2024, 8, 30)));
        assertThat(sample.purposes()).hasSize(4);
        assertThat(sample.exchangeTopics()).hasSize(6);
    }

    @Test
    void twoLegsInOctober2025ByPlaneAndCar() {
        assertThat(sample.legs()).extracting(Leg::place, Leg::startDate, Leg::endDate).containsExactly(
                tuple("tỉnh Đắk Lắk", LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 16)),
                tuple("tỉnh Lâm Đồng", LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 19)));
        assertThat(sample.transportModes()).containsExactly(TransportMode.PLANE, TransportMode.CAR);
        assertThat(sample.firstDate()).contains(LocalDate.of(2025, 10, 14));
        assertThat(sample.lastDate()).contains(LocalDate.of(2025, 10, 19));
    }

    @Test
    void compositionKeepsTheQuotaStructureExactly() {
        assertThat(sample.plannedSize()).isEqualTo(37);
        assertThat(sample.groups()).extracting(MemberGroup::plannedSeats).containsExactly(1, 12, 14, 10);
        MemberGroup offices = sample.groups().get(1);
        assertThat(offices.quotas()).extracting(Quota::seats).containsExactly(3, 2, 2, 1, 1, 1, 1, 1);
        assertThat(offices.quotas().get(0).sendingUnit()).isEqualTo("Phòng Tổ chức - Pháp chế");
        assertThat(sample.groups().get(2).quotas()).hasSize(14).allMatch(q -> q.seats() == 1);
        assertThat(sample.groups().get(3).quotas()).hasSize(10).allMatch(q -> q.seats() == 1);
    }

    @Test
    void thirtySevenMembersFillEveryQuotaSeatExactly() {
        assertThat(sample.members()).hasSize(37);
        assertThat(sample.members()).extracting(Member::fullName).doesNotHaveDuplicates();
        assertThat(sample.members()).filteredOn(m -> m.role() == DelegationRole.HEAD).hasSize(1);
        Map<String, Long> filled = sample.members().stream()
                .collect(Collectors.groupingBy(m -> m.groupId() + "|" + m.sendingUnit(), Collectors.counting()));
        Map<String, Long> planned = sample.groups().stream()
                .flatMap(g -> g.quotas().stream().map(q -> Map.entry(g.id() + "|" + q.sendingUnit(), (long) q.seats())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(filled).isEqualTo(planned);
    }

    @Test
    void programmeHasSixDaysHalfDayByHalfDayAsWritten() {
        assertThat(sample.programme()).extracting(ProgrammeDay::date)
                .containsExactly(LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 15), LocalDate.of(2025, 10, 16),
                        LocalDate.of(2025, 10, 17), LocalDate.of(2025, 10, 18), LocalDate.of(2025, 10, 19));
        ProgrammeDay first = sample.programme().get(0);
        assertThat(first.activities()).extracting(a -> a.halfDay(), a -> a.kind()).containsExactly(
                tuple(HalfDay.MORNING, ActivityKind.TRAVEL),
                tuple(HalfDay.AFTERNOON, ActivityKind.CONFERENCE),
                tuple(HalfDay.EVENING, ActivityKind.FIELD_VISIT));
        assertThat(first.activities().get(0).transport()).isEqualTo(TransportMode.PLANE);
        assertThat(sample.programme().get(2).activities().get(1).transport()).isEqualTo(TransportMode.CAR);
        assertThat(sample.programme().get(5).activities().get(1).description()).startsWith("Di chuyển về Hà Nội");
    }

    @Test
    void twoConferencesOfAbout180DelegatesLinkedToTheirSlots() {
        Map<String, Conference> byId = sample.conferences().stream()
                .collect(Collectors.toMap(Conference::id, Function.identity()));
        assertThat(sample.conferences()).extracting(Conference::date, Conference::halfDay, Conference::expectedDelegates,
                Conference::venueStandard).containsExactly(
                tuple(LocalDate.of(2025, 10, 14), HalfDay.AFTERNOON, 180, "3 sao trở lên"),
                tuple(LocalDate.of(2025, 10, 17), HalfDay.MORNING, 180, "3 sao trở lên"));
        assertThat(sample.conferences().get(0).agenda()).hasSize(5);
        assertThat(sample.conferences().get(0).agenda().get(4).content()).isEqualTo("Kết luận, kết thúc buổi làm việc.");
        sample.programme().stream().flatMap(d -> d.activities().stream())
                .filter(a -> a.kind() == ActivityKind.CONFERENCE)
                .forEach(a -> assertThat(byId).containsKey(a.conferenceId()));
    }

    @Test
    void fourResponsibilityBlocksRecipientsAndSigner() {
        assertThat(sample.responsibilities()).extracting(r -> r.unit(), r -> r.duties().size()).containsExactly(
                tuple("Phòng Tổ chức - Pháp chế", 6), tuple("Văn phòng Sở", 2),
                tuple("Các phòng, đơn vị sự nghiệp thuộc Sở", 2), tuple("UBND các xã, phường", 2));
        assertThat(sample.recipients()).hasSize(5).last().isEqualTo("Lưu: VT, TCPC");
        assertThat(sample.signer().title()).isEqualTo("GIÁM ĐỐC");
        assertThat(sample.signer().name()).isEqualTo("Bạch Liên Hương");
    }
}
