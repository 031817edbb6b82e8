package vn.delegationdesk.documents.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.budget.RoomCount;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.content.RoomingList.Reason;
import vn.delegationdesk.documents.content.RoomingList.Room;
import vn.delegationdesk.testing.LargeDelegation;
import vn.delegationdesk.testing.SampleDocuments;

class RoomingListTest {

    @Test
    void pairsMembersOfOneGenderInTheirOrderAndLeavesTheOddOneAlone() {
        List<Room> rooms = RoomingList.of(List.of(member("a", Gender.MALE), member("b", Gender.FEMALE),
                member("c", Gender.MALE), member("d", Gender.MALE), member("e", Gender.FEMALE)));

        assertThat(rooms).extracting(RoomingListTest::ids).containsExactly(List.of("a", "c"), List.of("b", "e"), List.of("d"));
        assertThat(rooms).extracting(Room::reason).containsExactly(Reason.SHARED, Reason.SHARED, Reason.ODD_ONE);
        assertThat(rooms).extracting(Room::number).containsExactly(1, 2, 3);
    }

    @Test
    void unknownGenderAndSeniorLeadersSleepAlone() {
        Member senior = new Member("s", "Người s", Gender.MALE, null, "Giám đốc Sở", "", "", new BigDecimal("1.25"), true, "",
                "", DelegationRole.MEMBER, "", false);
        List<Room> rooms = RoomingList.of(List.of(member("a", Gender.MALE), member("u", Gender.UNSPECIFIED), senior,
                member("b", Gender.MALE)));

        assertThat(rooms).extracting(RoomingListTest::ids).containsExactly(List.of("a", "b"), List.of("u"), List.of("s"));
        assertThat(rooms).extracting(Room::reason).containsExactly(Reason.SHARED, Reason.GENDER_UNKNOWN, Reason.SENIOR);
    }

    @Test
    void theHeadsRoomComesFirst() {
        Member head = new Member("h", "Trưởng đoàn", Gender.FEMALE, null, "", "", "", null, true, "", "", DelegationRole.HEAD,
                "", false);
        List<Room> rooms = RoomingList.of(List.of(member("a", Gender.MALE), member("b", Gender.FEMALE), head));

        assertThat(rooms).extracting(RoomingListTest::ids).containsExactly(List.of("h", "b"), List.of("a"));
    }

    @Test
    void givesAsManyRoomsAsTheEstimateCounts() {
        List<Member> seed = SampleDocuments.source().delegation().members();
        List<Member> mixed = new ArrayList<>(LargeDelegation.of(101).members());
        mixed.set(7, withGender(mixed.get(7), Gender.UNSPECIFIED));

        for (List<Member> members : List.of(seed, mixed)) {
            List<Room> rooms = RoomingList.of(members);
            assertThat(rooms).hasSize(RoomCount.of(members).rooms());
            assertThat(rooms.stream().mapToInt(r -> r.occupants().size()).sum()).isEqualTo(members.size());
            assertThat(rooms).allSatisfy(r -> assertThat(r.occupants().stream().map(Member::gender).distinct()).hasSize(1));
        }
    }

    private static List<String> ids(Room room) {
        return room.occupants().stream().map(Member::id).toList();
    }

    private static Member member(String id, Gender gender) {
        return new Member(id, "Người " + id, gender, LocalDate.of(1980, 1, 1), "Chuyên viên", "Văn phòng Sở", "", null, true,
                "", "", DelegationRole.MEMBER, "", false);
    }

    private static Member withGender(Member m, Gender gender) {
        return new Member(m.id(), m.fullName(), gender, m.dateOfBirth(), m.position(), m.sendingUnit(), m.groupId(),
                m.allowanceCoefficient(), m.onStatePayroll(), m.phone(), m.idNumber(), m.role(), m.notes(), m.sample());
    }
}
