package vn.delegationdesk.delegation.responsibility.ui;

/**
 * One block of "Tổ chức thực hiện" as the editor's table shows it. {@code missingUnit} is true while the
 * block breaks the draft's rules at its unit (the unit column then shows a hint in place of a name).
 */
public record ResponsibilityRow(int index, String number, String unit, String role, boolean lead, String due,
        String status, String duties, boolean missingUnit) {
}
