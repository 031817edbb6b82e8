package vn.delegationdesk.settlement;

import vn.delegationdesk.budget.RoomCount;
import vn.delegationdesk.delegation.member.Member;

/** One member's sums while the settlement is computed; {@code member} is null for someone no longer in the plan. */
final class MemberTally {
    final String memberId;
    final Member member;
    MemberOutcome outcome;
    long days;
    long nights;
    long tickets;
    long vehicles;
    long perDiem;
    long lodging;
    long advanced;
    long disallowed;

    MemberTally(String memberId, Member member) {
        this.memberId = memberId;
        this.member = member;
    }

    Attendance attendance() {
        return outcome == null ? Attendance.WENT : outcome.attendance();
    }

    /** Whether anything is owed to the member: in the plan and travelled. */
    boolean travelled() {
        return member != null && attendance() == Attendance.WENT;
    }

    boolean senior() {
        return member != null && RoomCount.isSenior(member);
    }

    MemberSettlement row() {
        return new MemberSettlement(memberId, member == null ? "" : member.fullName(),
                member == null ? "" : member.sendingUnit(), attendance(), member != null, days, nights, tickets, vehicles,
                perDiem, lodging, advanced, disallowed);
    }
}
