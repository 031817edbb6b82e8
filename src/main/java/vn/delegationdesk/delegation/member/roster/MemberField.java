package vn.delegationdesk.delegation.member.roster;

/**
 * The member attributes a column of an imported workbook can fill. A column mapped to none of them
 * ("ignore this column") is simply not read; {@link ColumnMapping} stores that as no field.
 */
public enum MemberField {
    FULL_NAME, GENDER, DATE_OF_BIRTH, POSITION, SENDING_UNIT, GROUP, ALLOWANCE_COEFFICIENT, ON_STATE_PAYROLL, PHONE,
    ID_NUMBER, ROLE, NOTES
}
