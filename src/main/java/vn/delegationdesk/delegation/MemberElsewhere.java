package vn.delegationdesk.delegation;

import java.time.LocalDate;

/** A person who is also a member of another delegation, with that delegation's trip dates. */
public record MemberElsewhere(
        String idNumber,
        String fullName,
        LocalDate dateOfBirth,
        long delegationId,
        String delegationTitle,
        LocalDate firstDate,
        LocalDate lastDate) {
}
