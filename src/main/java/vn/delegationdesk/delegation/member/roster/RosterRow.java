package vn.delegationdesk.delegation.member.roster;

import java.util.List;

/** A non-empty data row: its row number as Excel shows it (1-based) and its cells by column index. */
public record RosterRow(int rowNumber, List<RosterCell> cells) {
    public RosterRow {
        cells = List.copyOf(cells);
    }

    /** The cell of {@code column}, blank beyond the last cell. */
    public RosterCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : RosterCell.BLANK;
    }

    public String text(int column) {
        return cell(column).text();
    }
}
