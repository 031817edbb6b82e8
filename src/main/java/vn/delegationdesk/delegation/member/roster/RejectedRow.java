package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import java.util.stream.Collectors;
import vn.delegationdesk.platform.i18n.Messages;

/** A row that will not be imported, with every reason found. */
public record RejectedRow(int rowNumber, List<RowIssue> reasons) {
    static final String SEPARATOR = "; ";

    public RejectedRow {
        reasons = List.copyOf(reasons);
    }

    /** "Dòng 7: Ngày sinh “31/02/1980” không phải ngày có thật; Số CCCD “123” phải gồm 9 hoặc 12 chữ số". */
    public String describe(Messages messages) {
        String all = reasons.stream().map(reason -> reason.describe(messages)).collect(Collectors.joining(SEPARATOR));
        return messages.get("roster.row", rowNumber, all);
    }
}
