package vn.delegationdesk.abroad;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;

/**
 * What to check in an outbound plan that is not refused: a member without a passport, and a passport expiring less
 * than {@link #MONTHS_AFTER_RETURN} months after the day of return (many countries ask for six months of validity at
 * entry; a practice, not a Vietnamese rule, [P]); the flights leaving before the delegation's first day or coming back
 * after its last (the decision and the estimate say the delegation's dates, the tickets say otherwise). A passport
 * expired on the day of exit is an error of {@link OutboundValidator}, not a warning.
 */
public final class OutboundWarnings {
    public static final int MONTHS_AFTER_RETURN = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OutboundWarnings() {
    }

    public static List<AbroadWarning> of(Delegation delegation, OutboundPlan plan) {
        List<AbroadWarning> warnings = new ArrayList<>();
        LocalDate exit = AbroadCalendar.exitDate(plan);
        LocalDate back = AbroadCalendar.reentryDate(plan);
        LocalDate first = delegation.startDate();
        LocalDate last = delegation.endDate();
        if (exit != null && first != null && exit.isBefore(first)) {
            warnings.add(AbroadWarning.of("abroad.warning.exitBeforeTrip", DAY.format(exit), DAY.format(first)));
        }
        if (back != null && last != null && back.isAfter(last)) {
            warnings.add(AbroadWarning.of("abroad.warning.returnAfterTrip", DAY.format(back), DAY.format(last)));
        }
        for (Member member : delegation.members()) {
            Optional<Passport> passport = plan.passport(member.id());
            if (passport.isEmpty()) {
                warnings.add(AbroadWarning.of("abroad.warning.passportMissing", member.fullName()));
                continue;
            }
            LocalDate expiry = passport.get().expiry();
            boolean expired = expiry != null && exit != null && expiry.isBefore(exit);
            if (expiry != null && back != null && !expired && expiry.isBefore(back.plusMonths(MONTHS_AFTER_RETURN))) {
                warnings.add(AbroadWarning.of("abroad.warning.passportExpiresSoon", member.fullName(), DAY.format(expiry),
                        DAY.format(back)));
            }
        }
        return warnings;
    }
}
