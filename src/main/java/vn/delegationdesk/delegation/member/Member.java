package vn.delegationdesk.delegation.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.delegationdesk.common.Texts;

/**
 * A person in the delegation. {@code groupId} and {@code sendingUnit} place the member in a quota;
 * {@code allowanceCoefficient} is the leadership-allowance coefficient (hệ số phụ cấp chức vụ), null
 * when the member has none; {@code sample} marks invented people of the built-in sample.
 */
public record Member(
        String id,
        String fullName,
        Gender gender,
        LocalDate dateOfBirth,
        String position,
        String sendingUnit,
        String groupId,
        BigDecimal allowanceCoefficient,
        boolean onStatePayroll,
        String phone,
        String idNumber,
        DelegationRole role,
        String notes,
        boolean sample) {
    public Member {
        id = Texts.clean(id);
        fullName = Texts.clean(fullName);
        Objects.requireNonNull(gender, "gender");
        position = Texts.clean(position);
        sendingUnit = Texts.clean(sendingUnit);
        groupId = Texts.clean(groupId);
        phone = Texts.clean(phone);
        idNumber = Texts.clean(idNumber);
        Objects.requireNonNull(role, "role");
        allowanceCoefficient = normalise(allowanceCoefficient);
        notes = Texts.clean(notes);
    }

    /** 0.80 and 0.8 are the same coefficient; one canonical scale keeps equality and round trips exact. */
    private static BigDecimal normalise(BigDecimal coefficient) {
        if (coefficient == null) {
            return null;
        }
        BigDecimal stripped = coefficient.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
