package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.common.Phrase;
import vn.delegationdesk.common.TextLimit;
import vn.delegationdesk.common.TextRules;
import vn.delegationdesk.common.ValidationError;

/**
 * The text rules every imported list applies to a cell, with the column named as the file titles it: a one-line cell's
 * line breaks cleaned with a notice, and the text policy ({@code common.TextRules}: length, refused characters) as a
 * reason to reject the row. Used by the member list's {@link RosterPreviewer} and the conference desk's delegate import.
 */
public final class CellText {
    /**
     * Line breaks and tabs inside a one-line cell, with the spaces around them: Alt+Enter in Excel (LF, or CR LF
     * written as _x000D_), a manual line break pasted from Word (VT), Unicode's line and paragraph separators.
     */
    private static final Pattern BREAKS = Pattern.compile("[ \\u00A0]*[\\t\\n\\u000B\\u000C\\r\\u2028\\u2029]+[ \\u00A0]*");

    private CellText() {
    }

    /**
     * A one-line cell's text with each line break or tab (and the spaces around it) turned into one space, saying so in
     * {@code notices}: a name pasted from Word with a stray line break is still the name.
     */
    public static String oneLine(String value, String column, List<RowIssue> notices) {
        Matcher breaks = BREAKS.matcher(value);
        if (!breaks.find()) {
            return value;
        }
        notices.add(RowIssue.of("roster.notice.lineBreaks", column));
        return breaks.replaceAll(" ");
    }

    /**
     * The text policy on a cell: longer than the field keeps, or a character it refuses (NUL, ESC, a direction override,
     * broken UTF-16...), is a reason naming the column.
     */
    public static void check(String value, String column, TextLimit limit, List<RowIssue> reasons) {
        if (value.length() > limit.maxLength()) {
            reasons.add(RowIssue.of("roster.reject.tooLong", column, value.length(), limit.maxLength()));
        }
        ValidationError bad = TextRules.firstBadCharacter("", value, limit.multiLine());
        if (bad != null) {
            reasons.add(RowIssue.of("roster.reject.character", column, new Phrase(bad.messageKey(), bad.args())));
        }
    }
}
