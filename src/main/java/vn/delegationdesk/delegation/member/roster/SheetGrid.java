package vn.delegationdesk.delegation.member.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet as read: its rows holding at least one value (0-based row index to the cells of the first
 * {@link WorkbookReader#MAX_COLUMNS} columns, null for a blank cell, no trailing blank) and its merged regions in the
 * file's order. Rows without any value are not kept: nothing is read from them but what merges spread into them.
 */
final class SheetGrid {
    private final String sheetName;
    private final NavigableMap<Integer, RosterCell[]> rows = new TreeMap<>();
    private final List<CellRangeAddress> regions = new ArrayList<>();
    private int cellCount;

    SheetGrid(String sheetName) {
        this.sheetName = sheetName;
    }

    String sheetName() {
        return sheetName;
    }

    /** Sets row {@code r} (a later row of the same number replaces an earlier one, as in POI); the cells kept. */
    int putRow(int r, RosterCell[] cells) {
        RosterCell[] old = cells == null ? rows.remove(r) : rows.put(r, cells);
        cellCount += count(cells) - count(old);
        return cellCount;
    }

    private static int count(RosterCell[] cells) {
        int n = 0;
        if (cells != null) {
            for (RosterCell cell : cells) {
                n += cell == null ? 0 : 1;
            }
        }
        return n;
    }

    void addRegion(CellRangeAddress region) {
        regions.add(region);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    int rowCount() {
        return rows.size();
    }

    NavigableMap<Integer, RosterCell[]> rows() {
        return Collections.unmodifiableNavigableMap(rows);
    }

    List<CellRangeAddress> regions() {
        return Collections.unmodifiableList(regions);
    }

    /** The cells of row {@code r} (trailing blanks left out), or null for a row without values. */
    RosterCell[] row(int r) {
        return rows.get(r);
    }

    RosterCell cell(int r, int c) {
        RosterCell[] cells = rows.get(r);
        if (cells == null || c < 0 || c >= cells.length || cells[c] == null) {
            return RosterCell.BLANK;
        }
        return cells[c];
    }
}
