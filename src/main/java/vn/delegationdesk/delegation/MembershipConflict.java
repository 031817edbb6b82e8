package vn.delegationdesk.delegation;

import java.time.LocalDate;

/**
 * A member of the edited delegation who is also in another delegation whose dates overlap: one person
 * cannot travel with both. {@code memberId} is the member's id in the edited delegation.
 */
public record MembershipConflict(
        String memberId,
        String fullName,
        long otherDelegationId,
        String otherTitle,
        LocalDate otherFirstDate,
        LocalDate otherLastDate) {
}
