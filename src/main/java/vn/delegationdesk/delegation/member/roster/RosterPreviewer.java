package vn.delegationdesk.delegation.member.roster;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.delegation.DelegationLimits;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.group.Quota;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Gender;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.MemberFormats;

/**
 * Turns the rows of a sheet into new members with a mapping, or rejects each row with every reason found, each
 * naming the column as the file titles it. Rules:
 * <ul>
 *   <li>Full name required. Gender Nam/Nữ (nam, nu, M, F; blank: not known). Date of birth dd/MM/yyyy, d/M/yyyy
 *       (also with - or .), yyyy-MM-dd or an Excel date; a year alone is refused rather than turned into an
 *       invented 1 January; a date after today is refused.</li>
 *   <li>Coefficient with comma or dot ("0,25"), at most 2 decimals, not negative. Payroll x/Có/1/TRUE (blank,
 *       Không, 0: not). Role Trưởng đoàn, Phó đoàn, Thành viên, Thư ký (blank: Thành viên).</li>
 *   <li>Phone and ID number by {@link MemberFormats}. Excel drops leading zeros of numbers: an ID number held in a
 *       number cell with 10–11 digits is a 12-digit CCCD (every CCCD starts with the 0 of its province code) and
 *       8 digits a 9-digit CMND, so zeros are put back; a phone held as a 9-digit number gets its leading 0. Each
 *       such repair is a notice on the row, shown in the preview. Text cells are never repaired.</li>
 *   <li>Refused too: an ID number twice in the file or already in the delegation; a second Trưởng đoàn (in the
 *       file, or when the delegation has one); a group that names no group of the delegation (matched by id or
 *       by name, accents and case aside); text longer than the store keeps; a character the text policy refuses
 *       ({@code common.TextRules}: NUL, ESC and other control characters, broken UTF-16, direction overrides,
 *       invisible format characters), with the column and the position named.</li>
 *   <li>Cleaned with a notice: a line break or tab inside a one-line cell (name, position, unit, group, phone, ID
 *       number) becomes one space; in the notes Word's manual line break (VT) and U+2028/U+2029 become ordinary
 *       line breaks.</li>
 *   <li>Without a group value the group is inferred from the sending unit: the one group having a quota for that
 *       unit (compared without accents and case); none or several: no group.</li>
 * </ul>
 * A row whose mapped cells are all blank (a numbered but unfilled line of a form) is skipped, not rejected.
 */
public final class RosterPreviewer {
    private static final BigDecimal MAX_COEFFICIENT = DelegationLimits.MAX_COEFFICIENT;
    /** In a multi-line cell (notes) only the breaks the store's text does not use: VT, FF, U+2028, U+2029. */
    private static final Pattern ODD_BREAKS = Pattern.compile("[\\u000B\\u000C\\u2028\\u2029]");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MIDNIGHT = Pattern.compile("\\s+0{1,2}:00(:00)?$");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern MEMBER_ID = Pattern.compile("tv-(\\d+)");

    private final Clock clock;

    public RosterPreviewer(Clock clock) {
        this.clock = clock;
    }

    public ImportPreview preview(RosterSheet sheet, ColumnMapping mapping, ImportContext context) {
        return new Run(sheet, mapping, context, LocalDate.now(clock)).run();
    }

    /** The state of one preview: what earlier rows claimed, the ids handed out. */
    private static final class Run {
        private final RosterSheet sheet;
        private final ColumnMapping mapping;
        private final ImportContext context;
        private final LocalDate today;
        private final Map<String, Member> existingIds = new HashMap<>();
        private final Map<String, Integer> fileIds = new HashMap<>();
        private final Member existingHead;
        private int fileHeadRow;
        private final Set<String> takenMemberIds = new HashSet<>();
        private int nextNumber;
        private final Map<String, MemberGroup> groupsByKey = new HashMap<>();
        private final Map<String, Set<String>> groupsByUnit = new HashMap<>();

        Run(RosterSheet sheet, ColumnMapping mapping, ImportContext context, LocalDate today) {
            this.sheet = sheet;
            this.mapping = mapping;
            this.context = context;
            this.today = today;
            Member head = null;
            int highest = 0;
            for (Member member : context.existingMembers()) {
                if (!member.idNumber().isEmpty()) {
                    existingIds.putIfAbsent(member.idNumber(), member);
                }
                if (member.role() == DelegationRole.HEAD && head == null) {
                    head = member;
                }
                takenMemberIds.add(member.id());
                Matcher number = MEMBER_ID.matcher(member.id());
                if (number.matches() && number.group(1).length() < 9) {
                    highest = Math.max(highest, Integer.parseInt(number.group(1)));
                }
            }
            this.existingHead = head;
            this.nextNumber = Math.max(highest, context.existingMembers().size()) + 1;
            for (MemberGroup group : context.groups()) {
                groupsByKey.putIfAbsent(HeaderNames.key(group.id()), group);
                for (Quota quota : group.quotas()) {
                    groupsByUnit.computeIfAbsent(HeaderNames.key(quota.sendingUnit()), k -> new LinkedHashSet<>())
                            .add(group.id());
                }
            }
            for (MemberGroup group : context.groups()) {
                groupsByKey.putIfAbsent(HeaderNames.key(group.name()), group);
            }
        }

        ImportPreview run() {
            List<AcceptedRow> accepted = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (RosterRow row : sheet.rows()) {
                if (isBlank(row)) {
                    continue;
                }
                List<RowIssue> reasons = new ArrayList<>();
                List<RowIssue> notices = new ArrayList<>();
                Member member = parse(row, reasons, notices);
                if (reasons.isEmpty()) {
                    accepted.add(new AcceptedRow(row.rowNumber(), member, notices));
                } else {
                    rejected.add(new RejectedRow(row.rowNumber(), reasons));
                }
            }
            return new ImportPreview(accepted, rejected);
        }

        private boolean isBlank(RosterRow row) {
            for (int column : mapping.asMap().keySet()) {
                if (!row.text(column).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private Member parse(RosterRow row, List<RowIssue> reasons, List<RowIssue> notices) {
            String fullName = oneLine(row, MemberField.FULL_NAME, notices);
            if (fullName.isEmpty()) {
                reasons.add(RowIssue.of("roster.reject.missingName", column(MemberField.FULL_NAME)));
            }
            checkText(fullName, MemberField.FULL_NAME, DelegationLimits.MEMBER_NAME, reasons);
            Gender gender = gender(row, reasons);
            LocalDate born = date(row, reasons);
            String position = oneLine(row, MemberField.POSITION, notices);
            checkText(position, MemberField.POSITION, DelegationLimits.MEMBER_POSITION, reasons);
            String unit = oneLine(row, MemberField.SENDING_UNIT, notices);
            checkText(unit, MemberField.SENDING_UNIT, DelegationLimits.MEMBER_UNIT, reasons);
            String groupId = group(row, unit, reasons, notices);
            BigDecimal coefficient = coefficient(row, reasons);
            boolean payroll = payroll(row, reasons);
            String phone = phone(row, reasons, notices);
            String idNumber = idNumber(row, reasons, notices);
            DelegationRole role = role(row, reasons);
            String notes = lines(row, MemberField.NOTES, notices);
            checkText(notes, MemberField.NOTES, DelegationLimits.MEMBER_NOTES, reasons);
            if (!reasons.isEmpty()) {
                return null;
            }
            return new Member(nextMemberId(), fullName, gender, born, position, unit, groupId, coefficient, payroll, phone,
                    idNumber, role, notes, false);
        }

        private String text(RosterRow row, MemberField field) {
            OptionalInt column = mapping.column(field);
            return column.isPresent() ? row.text(column.getAsInt()) : "";
        }

        private boolean numeric(RosterRow row, MemberField field) {
            OptionalInt column = mapping.column(field);
            return column.isPresent() && row.cell(column.getAsInt()).numeric();
        }

        /** The column as the file titles it; the usual title when the file's column has none. */
        private String column(MemberField field) {
            OptionalInt column = mapping.column(field);
            String header = column.isPresent() && column.getAsInt() < sheet.headers().size()
                    ? sheet.headers().get(column.getAsInt()) : "";
            return header.isEmpty() ? HeaderNames.title(field) : header;
        }

        /**
         * A one-line cell's text with each line break or tab (and the spaces around it) turned into one space, saying so
         * in the row's notices: a name pasted from Word with a stray line break is still the name.
         */
        private String oneLine(RosterRow row, MemberField field, List<RowIssue> notices) {
            return CellText.oneLine(text(row, field), column(field), notices);
        }

        /** A multi-line cell's text with Word's and Unicode's own line breaks turned into ordinary ones, with a notice. */
        private String lines(RosterRow row, MemberField field, List<RowIssue> notices) {
            String value = text(row, field);
            Matcher breaks = ODD_BREAKS.matcher(value);
            if (!breaks.find()) {
                return value;
            }
            notices.add(RowIssue.of("roster.notice.oddLineBreaks", column(field)));
            return breaks.replaceAll("\n");
        }

        /**
         * The text policy (common.TextRules) on a cell: longer than the field keeps, or a character it refuses (NUL, ESC,
         * a direction override, broken UTF-16...), rejects the row with the column named.
         */
        private void checkText(String value, MemberField field, TextLimit limit, List<RowIssue> reasons) {
            CellText.check(value, column(field), limit, reasons);
        }

        private Gender gender(RosterRow row, List<RowIssue> reasons) {
            String value = text(row, MemberField.GENDER);
            Optional<Gender> gender = RosterVocabulary.gender(value);
            if (gender.isEmpty()) {
                reasons.add(RowIssue.of("roster.reject.gender", column(MemberField.GENDER), value));
            }
            return gender.orElse(Gender.UNSPECIFIED);
        }

        private LocalDate date(RosterRow row, List<RowIssue> reasons) {
            String value = text(row, MemberField.DATE_OF_BIRTH);
            if (value.isEmpty()) {
                return null;
            }
            String column = column(MemberField.DATE_OF_BIRTH);
            String bare = MIDNIGHT.matcher(value).replaceFirst("");
            if (YEAR_ONLY.matcher(bare).matches()) {
                reasons.add(RowIssue.of("roster.reject.yearOnly", column, value));
                return null;
            }
            Matcher dayFirst = DAY_FIRST.matcher(bare);
            Matcher yearFirst = YEAR_FIRST.matcher(bare);
            int year;
            int month;
            int day;
            if (dayFirst.matches()) {
                day = Integer.parseInt(dayFirst.group(1));
                month = Integer.parseInt(dayFirst.group(2));
                year = Integer.parseInt(dayFirst.group(3));
            } else if (yearFirst.matches()) {
                year = Integer.parseInt(yearFirst.group(1));
                month = Integer.parseInt(yearFirst.group(2));
                day = Integer.parseInt(yearFirst.group(3));
            } else {
                reasons.add(RowIssue.of("roster.reject.dateFormat", column, value));
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                reasons.add(RowIssue.of("roster.reject.dateInvalid", column, value));
                return null;
            }
            if (date.isAfter(today)) {
                reasons.add(RowIssue.of("roster.reject.dateFuture", column, value));
                return null;
            }
            return date;
        }

        private String group(RosterRow row, String unit, List<RowIssue> reasons, List<RowIssue> notices) {
            String value = oneLine(row, MemberField.GROUP, notices);
            if (!value.isEmpty()) {
                MemberGroup group = groupsByKey.get(HeaderNames.key(value));
                if (group == null) {
                    reasons.add(RowIssue.of("roster.reject.unknownGroup", column(MemberField.GROUP), value));
                    return "";
                }
                return group.id();
            }
            Set<String> candidates = groupsByUnit.getOrDefault(HeaderNames.key(unit), Set.of());
            if (candidates.size() == 1) {
                return candidates.iterator().next();
            }
            if (candidates.size() > 1) {
                notices.add(RowIssue.of("roster.notice.groupAmbiguous", unit));
            }
            return "";
        }

        private BigDecimal coefficient(RosterRow row, List<RowIssue> reasons) {
            String value = text(row, MemberField.ALLOWANCE_COEFFICIENT);
            if (value.isEmpty()) {
                return null;
            }
            String column = column(MemberField.ALLOWANCE_COEFFICIENT);
            if (value.indexOf(',') >= 0 && value.indexOf('.') >= 0) {
                reasons.add(RowIssue.of("roster.reject.coefficient", column, value));
                return null;
            }
            BigDecimal coefficient;
            try {
                coefficient = new BigDecimal(value.replace(',', '.'));
            } catch (NumberFormatException e) {
                reasons.add(RowIssue.of("roster.reject.coefficient", column, value));
                return null;
            }
            BigDecimal stripped = coefficient.stripTrailingZeros();
            if (stripped.signum() < 0) {
                reasons.add(RowIssue.of("roster.reject.coefficientNegative", column, value));
            } else if (stripped.scale() > MemberFormats.COEFFICIENT_SCALE) {
                reasons.add(RowIssue.of("roster.reject.coefficientScale", column, value));
            } else if (stripped.compareTo(MAX_COEFFICIENT) > 0) {
                reasons.add(RowIssue.of("roster.reject.coefficientRange", column, value));
            }
            return coefficient;
        }

        private boolean payroll(RosterRow row, List<RowIssue> reasons) {
            String value = text(row, MemberField.ON_STATE_PAYROLL);
            Optional<Boolean> payroll = RosterVocabulary.payroll(value);
            if (payroll.isEmpty()) {
                reasons.add(RowIssue.of("roster.reject.payroll", column(MemberField.ON_STATE_PAYROLL), value));
            }
            return payroll.orElse(false);
        }

        private DelegationRole role(RosterRow row, List<RowIssue> reasons) {
            String value = text(row, MemberField.ROLE);
            Optional<DelegationRole> role = RosterVocabulary.role(value);
            if (role.isEmpty()) {
                reasons.add(RowIssue.of("roster.reject.role", column(MemberField.ROLE), value));
                return DelegationRole.MEMBER;
            }
            if (role.get() == DelegationRole.HEAD) {
                if (existingHead != null) {
                    reasons.add(RowIssue.of("roster.reject.secondHeadExisting", existingHead.fullName()));
                } else if (fileHeadRow > 0) {
                    reasons.add(RowIssue.of("roster.reject.secondHeadInFile", fileHeadRow));
                } else {
                    fileHeadRow = row.rowNumber();
                }
            }
            return role.get();
        }

        private String phone(RosterRow row, List<RowIssue> reasons, List<RowIssue> notices) {
            String value = oneLine(row, MemberField.PHONE, notices);
            if (value.isEmpty()) {
                return "";
            }
            String column = column(MemberField.PHONE);
            String phone = value;
            if (numeric(row, MemberField.PHONE) && DIGITS.matcher(value).matches() && value.length() == 9) {
                phone = "0" + value;
                notices.add(RowIssue.of("roster.notice.zerosRestored", column, value, phone));
            }
            if (!MemberFormats.PHONE.matcher(phone).matches()) {
                reasons.add(RowIssue.of("roster.reject.phone", column, value));
            }
            return phone;
        }

        private String idNumber(RosterRow row, List<RowIssue> reasons, List<RowIssue> notices) {
            String value = oneLine(row, MemberField.ID_NUMBER, notices);
            if (value.isEmpty()) {
                return "";
            }
            String column = column(MemberField.ID_NUMBER);
            String id = value.replaceAll("\\s+", "");
            if (numeric(row, MemberField.ID_NUMBER) && DIGITS.matcher(id).matches()) {
                String padded = switch (id.length()) {
                    case 8 -> "0" + id;
                    case 10, 11 -> "0".repeat(12 - id.length()) + id;
                    default -> id;
                };
                if (!padded.equals(id)) {
                    notices.add(RowIssue.of("roster.notice.zerosRestored", column, value, padded));
                    id = padded;
                }
            }
            if (!MemberFormats.ID_NUMBER.matcher(id).matches()) {
                reasons.add(RowIssue.of("roster.reject.idNumber", column, value));
                return id;
            }
            Member existing = existingIds.get(id);
            if (existing != null) {
                reasons.add(RowIssue.of("roster.reject.idInDelegation", column, id, existing.fullName()));
            }
            Integer earlier = fileIds.putIfAbsent(id, row.rowNumber());
            if (earlier != null) {
                reasons.add(RowIssue.of("roster.reject.idInFile", column, id, earlier));
            }
            return id;
        }

        private String nextMemberId() {
            String id;
            do {
                id = String.format("tv-%03d", nextNumber++);
            } while (!takenMemberIds.add(id));
            return id;
        }
    }
}
