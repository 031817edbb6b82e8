package vn.delegationdesk.documents.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.budget.RoomCount;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;

/**
 * Who sleeps with whom, under the rule the estimate counts rooms by ({@link RoomCount}, TT 40 Art. 7): two
 * people of one gender per room; the odd man and the odd woman alone; a leader with a coefficient of 1,25 or
 * more alone; a member whose gender is not recorded alone until it is. The head of the delegation is placed
 * first so that the list opens with the leader's room; the others are paired in the delegation's order.
 * The number of rooms is always {@code RoomCount.of(members).rooms()}, so the hotel list and the estimate agree.
 */
public final class RoomingList {
    /** Why a room holds whom it holds; a shared room is the ordinary case. */
    public enum Reason {
        SHARED, ODD_ONE, SENIOR, GENDER_UNKNOWN
    }

    /** A room, numbered from 1 in the list's order, with its one or two occupants. */
    public record Room(int number, List<Member> occupants, Reason reason) {
        public Room {
            occupants = List.copyOf(occupants);
        }
    }

    private RoomingList() {
    }

    public static List<Room> of(List<Member> members) {
        Member head = members.stream().filter(m -> m.role() == DelegationRole.HEAD).findFirst().orElse(null);
        List<Member> ordered = new ArrayList<>(members.size());
        if (head != null) {
            ordered.add(head);
        }
        members.stream().filter(m -> m != head).forEach(ordered::add);

        List<List<Member>> rooms = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        Map<Gender, List<Member>> waiting = new EnumMap<>(Gender.class);
        for (Member member : ordered) {
            if (RoomCount.isSenior(member)) {
                open(rooms, reasons, member, Reason.SENIOR);
            } else if (member.gender() == Gender.UNSPECIFIED) {
                open(rooms, reasons, member, Reason.GENDER_UNKNOWN);
            } else {
                List<Member> partner = waiting.remove(member.gender());
                if (partner != null) {
                    partner.add(member);
                } else {
                    waiting.put(member.gender(), open(rooms, reasons, member, Reason.SHARED));
                }
            }
        }
        List<Room> out = new ArrayList<>();
        for (int i = 0; i < rooms.size(); i++) {
            List<Member> occupants = rooms.get(i);
            Reason reason = reasons.get(i) == Reason.SHARED && occupants.size() == 1 ? Reason.ODD_ONE : reasons.get(i);
            out.add(new Room(i + 1, occupants, reason));
        }
        return out;
    }

    private static List<Member> open(List<List<Member>> rooms, List<Reason> reasons, Member first, Reason reason) {
        List<Member> room = new ArrayList<>();
        room.add(first);
        rooms.add(room);
        reasons.add(reason);
        return room;
    }
}
