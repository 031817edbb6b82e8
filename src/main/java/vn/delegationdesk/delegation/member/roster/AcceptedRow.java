package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import vn.delegationdesk.delegation.member.Member;

/** A row that will be imported: its Excel row number, the new member, and what was adjusted on the way. */
public record AcceptedRow(int rowNumber, Member member, List<RowIssue> notices) {
    public AcceptedRow {
        notices = List.copyOf(notices);
    }
}
