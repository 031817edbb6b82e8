package vn.delegationdesk.delegation.member.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.poi.ss.util.CellRangeAddress;

/** One pass over a sheet as read: merged regions, header row(s), data rows (see {@link WorkbookReader}). */
final class SheetScan {
    /** Merged regions larger than this are decoration (a frame over the whole table) and are not spread. */
    private static final long MAX_MERGED_AREA = 20_000;
    private static final int MAX_COLUMNS = WorkbookReader.MAX_COLUMNS;

    private final SheetGrid grid;
    private final String fileName;
    /** Per row that can be read (rows with values, the rows of the header search): the region of each cell. */
    private final Map<Integer, CellRangeAddress[]> merged = new HashMap<>();
    private final Map<Integer, Integer> mergedWidth = new HashMap<>();
    private final List<CellRangeAddress> regions;

    private final Predicate<String> knownTitle;

    SheetScan(SheetGrid grid, String fileName, Predicate<String> knownTitle) {
        this.grid = grid;
        this.knownTitle = knownTitle;
        this.fileName = fileName;
        this.regions = grid.regions();
        NavigableSet<Integer> readable = new TreeSet<>(grid.rows().keySet());
        for (int r = 0; r <= WorkbookReader.HEADER_SEARCH_ROWS + 3; r++) {
            readable.add(r);
        }
        long spread = 0;
        for (CellRangeAddress region : regions) {
            long area = (long) (region.getLastRow() - region.getFirstRow() + 1)
                    * (Math.min(region.getLastColumn(), MAX_COLUMNS) - region.getFirstColumn() + 1);
            if (area <= 1 || area > MAX_MERGED_AREA) {
                continue;
            }
            for (int r : readable.subSet(region.getFirstRow(), true, region.getLastRow(), true)) {
                mergedWidth.merge(r, Math.min(region.getLastColumn() + 1, MAX_COLUMNS), Math::max);
                CellRangeAddress[] row = merged.computeIfAbsent(r, k -> new CellRangeAddress[MAX_COLUMNS]);
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    row[c] = region;
                }
                spread += area / (region.getLastRow() - region.getFirstRow() + 1) + 1;
                if (spread > WorkbookReader.MAX_MERGED_CELLS) {
                    throw RosterException.of("roster.error.mergedTooLarge", "merges spread over more than "
                            + WorkbookReader.MAX_MERGED_CELLS + " cells", null, fileName, grid.sheetName(),
                            WorkbookReader.MAX_MERGED_CELLS);
                }
            }
        }
    }

    static RosterException noHeader(String fileName, String sheetName) {
        return RosterException.of("roster.error.noHeader", "no header row", null, fileName, sheetName);
    }

    static RosterException tooManyRows(String fileName) {
        return RosterException.of("roster.error.tooManyRows", "more than " + WorkbookReader.MAX_ROWS + " rows", null, fileName,
                WorkbookReader.MAX_ROWS);
    }

    RosterSheet scan() {
        int headerRow = findHeaderRow(grid, knownTitle);
        if (headerRow < 0) {
            throw noHeader(fileName, grid.sheetName());
        }
        int depth = headerDepth(headerRow);
        int lastHeaderRow = headerRow + depth - 1;
        List<RosterRow> rows = new ArrayList<>();
        int width = 0;
        for (int r : grid.rows().tailMap(lastHeaderRow, false).keySet()) {
            List<RosterCell> cells = rowCells(r);
            if (cells.isEmpty()) {
                continue;
            }
            if (rows.size() == WorkbookReader.MAX_ROWS) {
                throw tooManyRows(fileName);
            }
            rows.add(new RosterRow(r + 1, cells));
            width = Math.max(width, cells.size());
        }
        List<String> headers = headers(headerRow, lastHeaderRow);
        while (headers.size() < width) {
            headers.add("");
        }
        return new RosterSheet(fileName, grid.sheetName(), lastHeaderRow + 1, headers, rows);
    }

    /**
     * The cells of a row up to its last non-blank one, a merged region's value in each of its cells (a unit
     * merged down over its members' rows); empty for a row without any value of its own.
     */
    private List<RosterCell> rowCells(int r) {
        RosterCell[] physical = grid.row(r);
        if (physical == null) {
            return List.of();
        }
        List<RosterCell> cells = new ArrayList<>();
        int last = -1;
        int end = Math.max(physical.length, mergedWidth.getOrDefault(r, 0));
        CellRangeAddress[] regionsOfRow = merged.get(r);
        for (int c = 0; c < end; c++) {
            RosterCell own = c < physical.length && physical[c] != null ? physical[c] : RosterCell.BLANK;
            RosterCell cell = own.isBlank() && regionsOfRow != null && regionsOfRow[c] != null ? valueAt(r, c) : own;
            cells.add(cell);
            if (!cell.isBlank()) {
                last = c;
            }
        }
        return cells.subList(0, last + 1);
    }

    /** The first of the top rows with two known titles, else the first with two text cells; -1 for none. */
    static int findHeaderRow(SheetGrid grid, Predicate<String> knownTitle) {
        int firstTextRow = -1;
        for (Map.Entry<Integer, RosterCell[]> row : grid.rows().headMap(WorkbookReader.HEADER_SEARCH_ROWS, true).entrySet()) {
            int texts = 0;
            int known = 0;
            for (RosterCell value : row.getValue()) {
                if (value != null && !value.isBlank() && !value.numeric()) {
                    texts++;
                    if (knownTitle.test(value.text())) {
                        known++;
                    }
                }
            }
            if (known >= 2) {
                return row.getKey();
            }
            if (texts >= 2 && firstTextRow < 0) {
                firstTextRow = row.getKey();
            }
        }
        return firstTextRow;
    }

    /**
     * 1, or more when the header row's titles are merged down over the rows below, or when a title merged across
     * columns has sub-titles below it and every other cell of that row belongs to the header.
     */
    private int headerDepth(int headerRow) {
        int depth = 1;
        boolean spansColumns = false;
        for (CellRangeAddress region : regions) {
            if (region.getFirstRow() == headerRow) {
                depth = Math.max(depth, region.getLastRow() - region.getFirstRow() + 1);
                spansColumns |= region.getLastColumn() > region.getFirstColumn() && region.getLastRow() == headerRow;
            }
        }
        if (depth == 1 && spansColumns && isSubHeader(headerRow, headerRow + 1)) {
            depth = 2;
        }
        return Math.min(depth, 3);
    }

    private boolean isSubHeader(int headerRow, int belowRow) {
        RosterCell[] below = grid.row(belowRow);
        if (below == null) {
            return false;
        }
        CellRangeAddress[] regionsOfHeader = merged.get(headerRow);
        boolean any = false;
        for (int c = 0; c < below.length; c++) {
            RosterCell value = below[c];
            if (value == null || value.isBlank()) {
                continue;
            }
            CellRangeAddress above = regionsOfHeader == null ? null : regionsOfHeader[c];
            boolean underSpan = above != null && above.getLastColumn() > above.getFirstColumn()
                    && above.getFirstRow() == headerRow && above.getLastRow() == headerRow;
            if (!underSpan || value.numeric()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Per column, the lowest non-blank title of the header rows, merged values spread over their span. */
    private List<String> headers(int firstRow, int lastRow) {
        int width = 0;
        for (int r = firstRow; r <= lastRow; r++) {
            RosterCell[] row = grid.row(r);
            if (row != null) {
                width = Math.max(width, row.length);
            }
        }
        for (CellRangeAddress region : regions) {
            if (region.getFirstRow() <= lastRow && region.getLastRow() >= firstRow) {
                width = Math.max(width, Math.min(region.getLastColumn() + 1, MAX_COLUMNS));
            }
        }
        List<String> headers = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String title = "";
            for (int r = lastRow; r >= firstRow && title.isEmpty(); r--) {
                title = valueAt(r, c).text();
            }
            headers.add(title);
        }
        int last = headers.size() - 1;
        while (last >= 0 && headers.get(last).isEmpty()) {
            headers.remove(last--);
        }
        return headers;
    }

    private RosterCell valueAt(int r, int c) {
        CellRangeAddress[] regionsOfRow = merged.get(r);
        CellRangeAddress region = regionsOfRow == null || c >= MAX_COLUMNS ? null : regionsOfRow[c];
        int row = region == null ? r : region.getFirstRow();
        int column = region == null ? c : region.getFirstColumn();
        return grid.cell(row, column);
    }
}
