package vn.delegationdesk.plan.workbook;

import vn.delegationdesk.common.Phrase;

/**
 * What the import does with one row of a return file: changes the task's result for the period (old → new), leaves it
 * as stored, or refuses the row for {@code reason}, which names the row and the field.
 *
 * @param taskId the plan's task the row is about; "" when the row names no task of the plan
 */
public record RowOutcome(Kind kind, String sheet, int row, String number, String taskId, String oldResult, String newResult,
        Phrase reason) {
    /** Changed, unchanged or refused. */
    public enum Kind { CHANGED, UNCHANGED, REFUSED }

    static RowOutcome changed(ReturnRow row, String taskId, String oldResult) {
        return new RowOutcome(Kind.CHANGED, row.sheet(), row.row(), row.number(), taskId, oldResult, row.result(), null);
    }

    static RowOutcome unchanged(ReturnRow row, String taskId, String oldResult) {
        return new RowOutcome(Kind.UNCHANGED, row.sheet(), row.row(), row.number(), taskId, oldResult, oldResult, null);
    }

    static RowOutcome refused(ReturnRow row, String taskId, Phrase reason) {
        return new RowOutcome(Kind.REFUSED, row.sheet(), row.row(), row.number(), taskId, "", row.result(), reason);
    }

    /** "Trang “Nhiệm vụ”, dòng 7": where the row is, as the clerk finds it in Excel. */
    public Phrase where() {
        return where(sheet, row);
    }

    static Phrase where(String sheet, int row) {
        return Phrase.of("planbook.where.row", sheet, row);
    }
}
