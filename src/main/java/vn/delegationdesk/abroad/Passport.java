package vn.delegationdesk.abroad;

import java.time.LocalDate;
import vn.delegationdesk.common.Texts;

/** A member's passport for the trip: number, type and expiry date. {@code memberId} is the member's id in the plan. */
public record Passport(String memberId, String number, PassportType type, LocalDate expiry) {
    public Passport {
        memberId = Texts.clean(memberId);
        number = Texts.clean(number);
    }
}
