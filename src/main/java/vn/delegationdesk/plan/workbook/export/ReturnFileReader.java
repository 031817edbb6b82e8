package vn.delegationdesk.plan.workbook.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.delegationdesk.delegation.member.roster.RosterRow;
import vn.delegationdesk.delegation.member.roster.XlsxGrids;
import vn.delegationdesk.plan.workbook.FileMark;
import vn.delegationdesk.plan.workbook.ReturnFile;
import vn.delegationdesk.plan.workbook.ReturnRow;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Reads a task table sent back by a unit through the app's guarded, streaming workbook reader ({@link XlsxGrids}: the
 * archive and its XML within limits, no formula evaluated): the mark of its hidden sheet and, on every other sheet, the
 * rows below the header "STT | Nội dung nhiệm vụ | … | Kết quả thực hiện …". The columns are found by their titles, so
 * a unit that moved or added a column is still read. A failure to read is a
 * {@link vn.delegationdesk.delegation.member.roster.RosterException} naming the file.
 */
public final class ReturnFileReader {
    private final Messages messages;

    public ReturnFileReader(Messages messages) {
        this.messages = messages;
    }

    public ReturnFile read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<XlsxGrids.Sheet> sheets = XlsxGrids.read(file);
        Optional<FileMark> mark = Optional.empty();
        List<ReturnRow> rows = new ArrayList<>();
        for (XlsxGrids.Sheet sheet : sheets) {
            if (sheet.name().equals(TaskTableLayout.MARK_SHEET)) {
                mark = mark(sheet);
            } else {
                rows.addAll(taskRows(sheet));
            }
        }
        return new ReturnFile(name, mark, rows);
    }

    private static Optional<FileMark> mark(XlsxGrids.Sheet sheet) {
        Map<String, String> values = new HashMap<>();
        for (RosterRow row : sheet.rows()) {
            values.putIfAbsent(row.text(0), row.text(1));
        }
        if (!TaskTableLayout.FORMAT.equals(values.get(TaskTableLayout.KEY_FORMAT))) {
            return Optional.empty();
        }
        try {
            long planId = Long.parseLong(values.getOrDefault(TaskTableLayout.KEY_PLAN, ""));
            String period = values.getOrDefault(TaskTableLayout.KEY_PERIOD, "");
            return Optional.of(new FileMark(planId, values.getOrDefault(TaskTableLayout.KEY_NUMBER, ""),
                    values.getOrDefault(TaskTableLayout.KEY_TITLE, ""), period));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The rows below the sheet's header, each with a value in one of the columns read; none without a header. */
    private List<ReturnRow> taskRows(XlsxGrids.Sheet sheet) {
        String numberTitle = key(messages.get("planbook.column.number"));
        String contentTitle = key(messages.get("planbook.column.content"));
        String leadTitle = key(messages.get("planbook.column.lead"));
        String resultPrefix = key(messages.get("planbook.column.resultPrefix"));
        List<ReturnRow> rows = new ArrayList<>();
        int[] columns = null;
        for (RosterRow row : sheet.rows()) {
            if (columns == null) {
                int[] found = {-1, -1, -1, -1};
                for (int c = 0; c < row.cells().size(); c++) {
                    String title = key(row.text(c));
                    if (title.equals(numberTitle) && found[0] < 0) {
                        found[0] = c;
                    } else if (title.equals(contentTitle) && found[1] < 0) {
                        found[1] = c;
                    } else if (title.equals(leadTitle) && found[2] < 0) {
                        found[2] = c;
                    } else if (title.startsWith(resultPrefix) && found[3] < 0) {
                        found[3] = c;
                    }
                }
                if (found[0] >= 0 && found[1] >= 0 && found[2] >= 0 && found[3] >= 0) {
                    columns = found;
                }
                continue;
            }
            String number = row.text(columns[0]);
            String content = row.text(columns[1]);
            String lead = row.text(columns[2]);
            String result = row.text(columns[3]);
            if (number.isEmpty() && content.isEmpty() && lead.isEmpty() && result.isEmpty()) {
                continue;
            }
            rows.add(new ReturnRow(sheet.name(), row.rowNumber(), number, content, lead, result));
        }
        return rows;
    }

    private static String key(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("vi-VN"));
    }
}
