package vn.delegationdesk.plan.workbook.ui;

/**
 * One line of the import preview as shown: where the row is ("Trang “Nhiệm vụ”, dòng 7"), the task number, what happens
 * ("Thay đổi", "Không đổi", "Từ chối"), the stored result and the new one, or why the row is refused.
 */
public record PreviewLine(String where, String number, String outcome, String oldResult, String newResult, String reason,
        boolean refused) {
}
