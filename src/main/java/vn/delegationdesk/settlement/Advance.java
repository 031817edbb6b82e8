package vn.delegationdesk.settlement;

import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * An advance (tạm ứng) paid before the trip: to a named member ({@code memberId}) or, when it is blank, to the
 * delegation as a whole (settled against the costs the unit pays directly). Amount in whole đồng.
 */
public record Advance(String memberId, LocalDate date, String voucherNumber, long amount) {
    public Advance {
        memberId = Texts.clean(memberId);
        Objects.requireNonNull(date, "date");
        voucherNumber = Texts.clean(voucherNumber);
    }

    public static Advance toDelegation(LocalDate date, String voucherNumber, long amount) {
        return new Advance("", date, voucherNumber, amount);
    }

    public boolean toMember() {
        return !memberId.isEmpty();
    }
}
