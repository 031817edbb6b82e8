package vn.delegationdesk.settlement;

import java.util.List;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * What happened to one member: whether they went, withdrew or were replaced (then {@code replacementId} names the
 * member who went instead), and the stays certified on their travel order, stop by stop.
 */
public record MemberOutcome(String memberId, Attendance attendance, String replacementId, List<CertifiedStay> stays) {
    public MemberOutcome {
        memberId = Texts.clean(memberId);
        Objects.requireNonNull(attendance, "attendance");
        replacementId = Texts.clean(replacementId);
        stays = List.copyOf(stays);
    }

    public static MemberOutcome went(String memberId, List<CertifiedStay> stays) {
        return new MemberOutcome(memberId, Attendance.WENT, "", stays);
    }

    public static MemberOutcome withdrew(String memberId) {
        return new MemberOutcome(memberId, Attendance.WITHDREW, "", List.of());
    }

    public static MemberOutcome replacedBy(String memberId, String replacementId) {
        return new MemberOutcome(memberId, Attendance.REPLACED, replacementId, List.of());
    }

    public boolean travelled() {
        return attendance == Attendance.WENT;
    }
}
