package vn.delegationdesk.plan.workbook;

import java.util.List;
import java.util.Optional;

/**
 * A return file as read: its name, the mark of the plan and period it was exported for (none when the file was not
 * made by the app or its hidden sheet was removed) and its task rows, every sheet in order.
 */
public record ReturnFile(String fileName, Optional<FileMark> mark, List<ReturnRow> rows) {
    public ReturnFile {
        mark = mark == null ? Optional.empty() : mark;
        rows = List.copyOf(rows);
    }
}
