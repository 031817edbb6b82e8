package vn.delegationdesk.exchange;

import java.math.BigDecimal;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.exchange.json.FieldReader;

/** Composition groups, quotas and members of a package. */
final class MemberDecoder {
    /** The store keeps the allowance coefficient as DECIMAL(6, 2): nothing larger fits. */
    static final BigDecimal LARGEST_COEFFICIENT = new BigDecimal("9999.99");

    private MemberDecoder() {
    }

    static MemberGroup group(FieldReader r) {
        return new MemberGroup(r.requiredText("id"), r.requiredText("name"), r.text("description"),
                r.objects("quotas", MemberDecoder::quota));
    }

    private static Quota quota(FieldReader r) {
        return new Quota(r.requiredText("sendingUnit"), r.requiredInt("seats"));
    }

    /**
     * Gender may be left out (UNSPECIFIED is the domain's "not told yet"); role and payroll status are
     * facts the clerk must state. The placeholder role is MEMBER, which no rule objects to (a HEAD
     * placeholder could fake a "second head" error).
     */
    static Member member(FieldReader r) {
        return new Member(
                r.requiredText("id"),
                r.requiredText("fullName"),
                r.optionalEnum("gender", Gender.class, Gender.UNSPECIFIED),
                r.optionalDate("dateOfBirth"),
                r.text("position"),
                r.text("sendingUnit"),
                r.text("groupId"),
                r.optionalDecimal("allowanceCoefficient", LARGEST_COEFFICIENT),
                r.requiredBoolean("onStatePayroll"),
                r.text("phone"),
                r.text("idNumber"),
                r.requiredEnum("role", DelegationRole.class, DelegationRole.MEMBER),
                r.text("notes"),
                r.bool("sample"));
    }
}
