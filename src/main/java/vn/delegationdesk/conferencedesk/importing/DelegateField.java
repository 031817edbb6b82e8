package vn.delegationdesk.conferencedesk.importing;

/**
 * The delegate attributes a column of an imported workbook can fill: họ và tên, chức vụ, cơ quan/đơn vị, nhóm, thứ tự
 * ưu tiên, điện thoại/liên hệ, hưởng lương NSNN, trạng thái. A column mapped to none of them is not read.
 */
public enum DelegateField {
    FULL_NAME, TITLE, BODY, GROUP, PRECEDENCE, CONTACT, ON_PAYROLL, STATUS
}
