package vn.delegationdesk.delegation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.DelegationService;
import vn.delegationdesk.delegation.DelegationStatus;
import vn.delegationdesk.delegation.MembershipConflict;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestDelegations;
import vn.delegationdesk.testing.TestStores;

/** A member cannot travel with two delegations at once: the store finds the other one, by ID number or name and birth date. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class MembersElsewhereTest {
    private Store database;
    private DelegationService service;

    @RegisterExtension
    final TestStores stores;

    MembersElsewhereTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @BeforeEach
    void open() {
        database = stores.open();
        service = new DelegationService(new JdbcDelegationRepository(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void overlappingDelegationIsNamedAndOneThatEndsBeforeIsNot() {
        Member traveller = person("tv-1", "Nguyễn Thị Hoa", "001185012345");
        Delegation hue = TestDelegations.simple("Đoàn học tập tại Huế", DelegationStatus.APPROVED, "thành phố Huế",
                LocalDate.of(2025, 10, 18), LocalDate.of(2025, 10, 21), 3, 0).toBuilder().members(List.of(traveller)).build();
        Delegation earlier = TestDelegations.simple("Đoàn khảo sát Lào Cai", DelegationStatus.COMPLETED, "tỉnh Lào Cai",
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 4), 3, 0).toBuilder().members(List.of(traveller)).build();
        long hueId = service.create(hue);
        service.create(earlier);
        Delegation mine = TestDelegations.simple("Đoàn Đắk Lắk", DelegationStatus.DRAFT, "tỉnh Đắk Lắk",
                LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 19), 2, 0).toBuilder()
                .members(List.of(person("tv-9", "NGUYỄN THỊ HOA", "001185012345"), person("tv-2", "Trần Văn An", "001090000001")))
                .build();
        long mineId = service.create(mine);

        List<MembershipConflict> conflicts = service.membershipConflicts(service.find(mineId).orElseThrow());

        assertThat(conflicts).extracting(MembershipConflict::memberId, MembershipConflict::otherTitle,
                MembershipConflict::otherDelegationId).containsExactly(org.assertj.core.groups.Tuple.tuple("tv-9",
                        "Đoàn học tập tại Huế", hueId));
        assertThat(conflicts.get(0).otherFirstDate()).isEqualTo(LocalDate.of(2025, 10, 18));
    }

    @Test
    void withoutIdNumbersTheSameNameAndBirthDateIsTheSamePerson() {
        Member born = new Member("tv-1", "Lê Văn Bình", Gender.MALE, LocalDate.of(1980, 5, 2), "Chuyên viên", "Văn phòng Sở",
                "", null, true, "", "", DelegationRole.MEMBER, "", false);
        Member namesake = new Member("tv-5", "Lê Văn Bình", Gender.MALE, LocalDate.of(1991, 1, 9), "Chuyên viên",
                "Văn phòng Sở", "", null, true, "", "", DelegationRole.MEMBER, "", false);
        service.create(TestDelegations.simple("Đoàn Huế", DelegationStatus.APPROVED, "thành phố Huế",
                LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 14), 1, 0).toBuilder().members(List.of(born)).build());
        Delegation mine = TestDelegations.simple("Đoàn Đắk Lắk", DelegationStatus.DRAFT, "tỉnh Đắk Lắk",
                LocalDate.of(2025, 10, 14), LocalDate.of(2025, 10, 19), 2, 0).toBuilder().members(List.of(born, namesake))
                .build();

        assertThat(service.membershipConflicts(mine)).extracting(MembershipConflict::memberId).containsExactly("tv-1");
    }

    private static Member person(String id, String name, String idNumber) {
        return new Member(id, name, Gender.FEMALE, null, "Chuyên viên", "Văn phòng Sở", "", null, true, "", idNumber,
                DelegationRole.MEMBER, "", false);
    }
}
