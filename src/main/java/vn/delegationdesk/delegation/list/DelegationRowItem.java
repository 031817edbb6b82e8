package vn.delegationdesk.delegation.list;

import vn.delegationdesk.platform.ui.SortableText;

/**
 * One row of the delegation table, every column already in Vietnamese. {@code searchKey} is the folded
 * text the search box matches (title, dates, places, status).
 */
public record DelegationRowItem(
        long id,
        String title,
        SortableText dates,
        String places,
        SortableText members,
        String status,
        boolean sample,
        String searchKey) {
}
