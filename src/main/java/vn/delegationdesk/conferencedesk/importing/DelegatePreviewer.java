package vn.delegationdesk.conferencedesk.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.conferencedesk.ConferenceDeskLimits;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.conferencedesk.DelegateGroup;
import vn.delegationdesk.conferencedesk.DelegateStatus;
import vn.delegationdesk.conferencedesk.DeskWarning;
import vn.delegationdesk.conferencedesk.DeskWarnings;
import vn.delegationdesk.delegation.member.roster.CellText;
import vn.delegationdesk.delegation.member.roster.FieldColumns;
import vn.delegationdesk.delegation.member.roster.RejectedRow;
import vn.delegationdesk.delegation.member.roster.RosterRow;
import vn.delegationdesk.delegation.member.roster.RosterSheet;
import vn.delegationdesk.delegation.member.roster.RosterVocabulary;
import vn.delegationdesk.delegation.member.roster.RowIssue;

/**
 * Turns the rows of a delegate workbook into new delegates with a mapping, or rejects each row with every reason found,
 * each naming the column as the file titles it, by the member import's rules and messages where they are the same:
 * <ul>
 *   <li>Họ và tên required; every text within the store's width and the text policy ({@link CellText}); a line break
 *       inside a cell becomes a space, with a notice.</li>
 *   <li>Nhóm by a word it contains ("lãnh đạo", "đơn vị nơi đến", "doanh nghiệp", "thành viên đoàn", "báo chí",
 *       "khách mời"; marks and case ignored); blank: Khách mời khác.</li>
 *   <li>Thứ tự ưu tiên a whole number (0 or blank: not ranked). Hưởng lương NSNN x/Có/1 or Không/0; blank: yes, as the
 *       list's form. Trạng thái Đã mời, Xác nhận dự or Báo vắng; blank: Đã mời. Attendance is taken at the desk, so
 *       "Đã đến" is refused.</li>
 *   <li>A row with the same name and body as a delegate on the list, or as an earlier row, is accepted and flagged, by
 *       the list's own rule ({@link DeskWarnings#duplicates}).</li>
 * </ul>
 * A row whose mapped cells are all blank is skipped, not rejected. Stateless and thread-safe.
 */
public final class DelegatePreviewer {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");
    private static final String EXISTING = "list:";
    private static final String ROW = "row:";

    /**
     * The preview of {@code sheet} for conference {@code conferenceId}, checked against the delegates on the list now
     * ({@code existing}: empty when the import is to replace the list).
     */
    public DelegateImportPreview preview(RosterSheet sheet, FieldColumns<DelegateField> mapping, String conferenceId,
            List<Delegate> existing) {
        List<Parsed> parsed = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (RosterRow row : sheet.rows()) {
            if (isBlank(row, mapping)) {
                continue;
            }
            List<RowIssue> reasons = new ArrayList<>();
            List<RowIssue> notices = new ArrayList<>();
            Delegate delegate = new Cells(sheet, mapping, row).delegate(conferenceId, reasons, notices);
            if (reasons.isEmpty()) {
                parsed.add(new Parsed(row.rowNumber(), delegate, notices));
            } else {
                rejected.add(new RejectedRow(row.rowNumber(), reasons));
            }
        }
        return new DelegateImportPreview(flagDuplicates(parsed, existing), rejected);
    }

    private static boolean isBlank(RosterRow row, FieldColumns<DelegateField> mapping) {
        for (int column : mapping.asMap().keySet()) {
            if (!row.text(column).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The list's duplicate rule over the list and the rows together; each row in a set is flagged, naming the first. */
    private static List<ImportedDelegate> flagDuplicates(List<Parsed> parsed, List<Delegate> existing) {
        List<Delegate> together = new ArrayList<>(existing.size() + parsed.size());
        for (int i = 0; i < existing.size(); i++) {
            together.add(withId(existing.get(i), EXISTING + i));
        }
        for (int i = 0; i < parsed.size(); i++) {
            together.add(withId(parsed.get(i).delegate(), ROW + i));
        }
        Map<Integer, RowIssue> flags = new HashMap<>();
        for (DeskWarning warning : DeskWarnings.duplicates(together)) {
            String first = warning.delegateIds().get(0);
            RowIssue issue;
            if (first.startsWith(EXISTING)) {
                int index = Integer.parseInt(first.substring(EXISTING.length()));
                Delegate on = existing.get(index);
                issue = RowIssue.of("conferencedesk.import.notice.duplicateInList", index + 1, on.fullName(), on.body());
            } else {
                issue = RowIssue.of("conferencedesk.import.notice.duplicateInFile",
                        parsed.get(Integer.parseInt(first.substring(ROW.length()))).rowNumber());
            }
            for (String id : warning.delegateIds()) {
                if (id.startsWith(ROW) && !id.equals(first)) {
                    flags.put(Integer.parseInt(id.substring(ROW.length())), issue);
                }
            }
        }
        List<ImportedDelegate> accepted = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            Parsed row = parsed.get(i);
            RowIssue flag = flags.get(i);
            List<RowIssue> notices = new ArrayList<>(row.notices());
            if (flag != null) {
                notices.add(0, flag);
            }
            accepted.add(new ImportedDelegate(row.rowNumber(), row.delegate(), flag != null, notices));
        }
        return accepted;
    }

    private static Delegate withId(Delegate d, String id) {
        return new Delegate(id, d.conferenceId(), d.fullName(), d.title(), d.body(), d.group(), d.precedence(), d.contact(),
                d.onPayroll(), d.status(), d.checkedInAt(), d.memberId(), d.walkIn());
    }

    private record Parsed(int rowNumber, Delegate delegate, List<RowIssue> notices) {
    }

    /** The cells of one row by field, each named as the file titles its column. */
    private record Cells(RosterSheet sheet, FieldColumns<DelegateField> mapping, RosterRow row) {
        Delegate delegate(String conferenceId, List<RowIssue> reasons, List<RowIssue> notices) {
            String fullName = line(DelegateField.FULL_NAME, ConferenceDeskLimits.FULL_NAME, reasons, notices);
            if (fullName.isEmpty()) {
                reasons.add(RowIssue.of("roster.reject.missingName", column(DelegateField.FULL_NAME)));
            }
            String title = line(DelegateField.TITLE, ConferenceDeskLimits.TITLE, reasons, notices);
            String body = line(DelegateField.BODY, ConferenceDeskLimits.BODY, reasons, notices);
            String contact = line(DelegateField.CONTACT, ConferenceDeskLimits.CONTACT, reasons, notices);
            DelegateGroup group = choice(DelegateField.GROUP, DelegateWords.group(text(DelegateField.GROUP)),
                    "conferencedesk.import.reject.group", reasons, DelegateGroup.OTHER);
            DelegateStatus status = choice(DelegateField.STATUS, DelegateWords.status(text(DelegateField.STATUS)),
                    "conferencedesk.import.reject.status", reasons, DelegateStatus.INVITED);
            String payrollText = text(DelegateField.ON_PAYROLL);
            boolean onPayroll = payrollText.isEmpty() || choice(DelegateField.ON_PAYROLL, RosterVocabulary.payroll(payrollText),
                    "roster.reject.payroll", reasons, true);
            int precedence = precedence(reasons);
            if (!reasons.isEmpty()) {
                return null;
            }
            return new Delegate("", conferenceId, fullName, title, body, group, precedence, contact, onPayroll, status, null, "",
                    false);
        }

        private String text(DelegateField field) {
            OptionalInt column = mapping.column(field);
            return column.isPresent() ? row.text(column.getAsInt()) : "";
        }

        /** The column as the file titles it; the usual title when the file's column has none. */
        private String column(DelegateField field) {
            OptionalInt column = mapping.column(field);
            String header = column.isPresent() && column.getAsInt() < sheet.headers().size()
                    ? sheet.headers().get(column.getAsInt()) : "";
            return header.isEmpty() ? DelegateHeaders.TITLES.title(field) : header;
        }

        private String line(DelegateField field, TextLimit limit, List<RowIssue> reasons, List<RowIssue> notices) {
            String value = CellText.oneLine(text(field), column(field), notices);
            CellText.check(value, column(field), limit, reasons);
            return value;
        }

        private <T> T choice(DelegateField field, Optional<T> read, String rejectKey, List<RowIssue> reasons, T fallback) {
            if (read.isEmpty()) {
                reasons.add(RowIssue.of(rejectKey, column(field), text(field)));
            }
            return read.orElse(fallback);
        }

        private int precedence(List<RowIssue> reasons) {
            String value = text(DelegateField.PRECEDENCE);
            if (value.isEmpty()) {
                return 0;
            }
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                reasons.add(RowIssue.of("conferencedesk.import.reject.precedence", column(DelegateField.PRECEDENCE), value));
                return 0;
            }
            return Integer.parseInt(value);
        }
    }
}
