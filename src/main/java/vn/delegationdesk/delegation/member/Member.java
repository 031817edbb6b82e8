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

    /** A builder holding this member's values, for a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes a copy of a member one field at a time; {@link #build()} checks it like the constructor. */
    public static final class Builder {
        private String id;
        private String fullName;
        private Gender gender;
        private LocalDate dateOfBirth;
        private String position;
        private String sendingUnit;
        private String groupId;
        private BigDecimal allowanceCoefficient;
        private boolean onStatePayroll;
        private String phone;
        private String idNumber;
        private DelegationRole role;
        private String notes;
        private boolean sample;

        private Builder(Member m) {
            id = m.id;
            fullName = m.fullName;
            gender = m.gender;
            dateOfBirth = m.dateOfBirth;
            position = m.position;
            sendingUnit = m.sendingUnit;
            groupId = m.groupId;
            allowanceCoefficient = m.allowanceCoefficient;
            onStatePayroll = m.onStatePayroll;
            phone = m.phone;
            idNumber = m.idNumber;
            role = m.role;
            notes = m.notes;
            sample = m.sample;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder fullName(String value) {
            fullName = value;
            return this;
        }

        public Builder gender(Gender value) {
            gender = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            dateOfBirth = value;
            return this;
        }

        public Builder position(String value) {
            position = value;
            return this;
        }

        public Builder sendingUnit(String value) {
            sendingUnit = value;
            return this;
        }

        public Builder groupId(String value) {
            groupId = value;
            return this;
        }

        public Builder allowanceCoefficient(BigDecimal value) {
            allowanceCoefficient = value;
            return this;
        }

        public Builder onStatePayroll(boolean value) {
            onStatePayroll = value;
            return this;
        }

        public Builder phone(String value) {
            phone = value;
            return this;
        }

        public Builder idNumber(String value) {
            idNumber = value;
            return this;
        }

        public Builder role(DelegationRole value) {
            role = value;
            return this;
        }

        public Builder notes(String value) {
            notes = value;
            return this;
        }

        public Builder sample(boolean value) {
            sample = value;
            return this;
        }

        public Member build() {
            return new Member(id, fullName, gender, dateOfBirth, position, sendingUnit, groupId, allowanceCoefficient,
                    onStatePayroll, phone, idNumber, role, notes, sample);
        }
    }
}
