package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import java.util.stream.Collectors;
import vn.delegationdesk.common.Texts;

/**
 * The member list as read from a workbook: the header text of every column (empty for an untitled
 * column), the Excel row number of the (last) header row, and the non-empty data rows below it.
 */
public record RosterSheet(String fileName, String sheetName, int headerRowNumber, List<String> headers,
        List<RosterRow> rows) {
    public RosterSheet {
        fileName = Texts.clean(fileName);
        sheetName = Texts.clean(sheetName);
        headers = Texts.cleanAll(headers);
        rows = List.copyOf(rows);
    }

    public int columnCount() {
        return headers.size();
    }

    /** Up to {@code limit} non-blank values of {@code column}, from the first data rows, for the mapping step. */
    public List<String> samples(int column, int limit) {
        return rows.stream().map(row -> row.text(column)).filter(text -> !text.isEmpty()).limit(limit)
                .collect(Collectors.toList());
    }

    /** The Excel column letters of a 0-based index: 0 is A, 26 is AA. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
