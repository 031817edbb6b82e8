package vn.delegationdesk.delegation.member.roster.ui;

/** An accepted row as the preview table shows it: every value already formatted in Vietnamese. */
public record PreviewRow(int rowNumber, String fullName, String gender, String dateOfBirth, String position,
        String sendingUnit, String group, String role, String idNumber, String phone) {
}
