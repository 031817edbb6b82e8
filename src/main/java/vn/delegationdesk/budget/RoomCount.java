package vn.delegationdesk.budget;

import java.math.BigDecimal;
import java.util.List;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;

/**
 * How a delegation sleeps under the invoice rule (TT 40 Art. 7): two people of the same gender per room;
 * the odd man and the odd woman each get a room capped at the shared-room rate; leaders with a
 * coefficient of 1,25 or more get a room of their own at their own cap. Members whose gender is not
 * recorded cannot be paired and are counted in rooms of their own until it is.
 */
public record RoomCount(int sharedRooms, int oddSingles, int unpairedSingles, int seniorSingles) {
    static final BigDecimal SENIOR_FROM = new BigDecimal("1.25");

    public static RoomCount of(List<Member> members) {
        int men = 0;
        int women = 0;
        int unknown = 0;
        int seniors = 0;
        for (Member member : members) {
            if (isSenior(member)) {
                seniors++;
            } else if (member.gender() == Gender.MALE) {
                men++;
            } else if (member.gender() == Gender.FEMALE) {
                women++;
            } else {
                unknown++;
            }
        }
        return new RoomCount(men / 2 + women / 2, men % 2 + women % 2, unknown, seniors);
    }

    /** Entitled to a room of one's own: leadership-allowance coefficient of 1,25 or more. */
    public static boolean isSenior(Member member) {
        return member.allowanceCoefficient() != null && member.allowanceCoefficient().compareTo(SENIOR_FROM) >= 0;
    }

    public int rooms() {
        return sharedRooms + oddSingles + unpairedSingles + seniorSingles;
    }
}
