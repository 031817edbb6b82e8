package vn.delegationdesk.conferencedesk.importing;

import java.util.List;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.delegation.member.roster.RowIssue;

/**
 * A row that will be added to the delegate list: its Excel row number, the new delegate (no id until the list is saved),
 * whether it has the same name and body as a delegate already on the list or an earlier row of the file (reported, not
 * refused, like the list's own warning), and what was noticed on the way (the duplicate, a cleaned line break).
 */
public record ImportedDelegate(int rowNumber, Delegate delegate, boolean duplicate, List<RowIssue> notices) {
    public ImportedDelegate {
        notices = List.copyOf(notices);
    }
}
