package vn.delegationdesk.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;

class RoomCountTest {

    @Test
    void evenGroupOfOneGenderSharesEveryRoom() {
        assertThat(RoomCount.of(people(4, 0, 0))).isEqualTo(new RoomCount(2, 0, 0, 0));
    }

    @Test
    void oddOneOutGetsARoomOfTheirOwn() {
        assertThat(RoomCount.of(people(5, 0, 0))).isEqualTo(new RoomCount(2, 1, 0, 0));
    }

    @Test
    void mixedGendersArePairedSeparately() {
        RoomCount rooms = RoomCount.of(people(3, 3, 0));
        assertThat(rooms).isEqualTo(new RoomCount(2, 2, 0, 0));
        assertThat(rooms.rooms()).isEqualTo(4);
    }

    @Test
    void evenMixedGroupHasNoSingles() {
        assertThat(RoomCount.of(people(2, 4, 0))).isEqualTo(new RoomCount(3, 0, 0, 0));
    }

    @Test
    void membersWithoutGenderAreNotPaired() {
        assertThat(RoomCount.of(people(2, 0, 2))).isEqualTo(new RoomCount(1, 0, 2, 0));
    }

    @Test
    void leadersFromCoefficientOneTwentyFiveSleepAlone() {
        List<Member> members = new ArrayList<>(people(2, 0, 0));
        members.add(member("Lãnh đạo", Gender.MALE, new BigDecimal("1.25")));
        members.add(member("Phó", Gender.MALE, new BigDecimal("0.8")));
        assertThat(RoomCount.of(members)).isEqualTo(new RoomCount(1, 1, 0, 1));
    }

    private static List<Member> people(int men, int women, int unknown) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < men; i++) {
            members.add(member("Nam " + i, Gender.MALE, null));
        }
        for (int i = 0; i < women; i++) {
            members.add(member("Nữ " + i, Gender.FEMALE, null));
        }
        for (int i = 0; i < unknown; i++) {
            members.add(member("Chưa rõ " + i, Gender.UNSPECIFIED, null));
        }
        return members;
    }

    private static Member member(String name, Gender gender, BigDecimal coefficient) {
        return new Member(name, name, gender, null, "Chuyên viên", "Văn phòng Sở", null, coefficient, true, "", "",
                DelegationRole.MEMBER, "", false);
    }
}
