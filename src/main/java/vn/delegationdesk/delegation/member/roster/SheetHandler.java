package vn.delegationdesk.delegation.member.roster;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;

/**
 * Streams one worksheet's XML into a {@link SheetGrid}, giving each cell the text POI's usermodel gives it (see
 * {@link WorkbookReader}), within the limits: a cell's text at most {@link WorkbookReader#MAX_CELL_CHARS}, values
 * only in the first {@link WorkbookReader#MAX_COLUMNS} columns, at most {@link WorkbookReader#MAX_CELLS} values and
 * {@link WorkbookReader#MAX_MERGED_REGIONS} merged regions, and no more rows than a list of
 * {@link WorkbookReader#MAX_ROWS} data rows below its header can have.
 */
final class SheetHandler extends PartHandler {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Rows that may lie above the data: the header search and a header up to three rows deep. */
    private static final int ROWS_ABOVE_DATA = WorkbookReader.HEADER_SEARCH_ROWS + 3;

    private final SheetGrid grid;
    private final String fileName;
    private final SharedStrings shared;
    private final CellFormats formats;
    private final boolean date1904;
    private final TextBudget budget;

    private boolean inSheetData;
    private int maxRowIndex = -1;
    private int rowIndex;
    private RosterCell[] rowCells = new RosterCell[WorkbookReader.MAX_COLUMNS];
    private int rowWidth;
    private boolean rowHasCells;
    private int nextColumn;

    private boolean inCell;
    private int column;
    private long style;
    private String type;
    private boolean formula;
    private boolean inValue;
    private boolean hasValue;
    private boolean inInline;
    private boolean hasInline;
    private final StringBuilder value = new StringBuilder();
    private final SharedStrings.RichText inline = new SharedStrings.RichText();

    SheetHandler(SheetGrid grid, String fileName, SharedStrings shared, CellFormats formats, boolean date1904,
            TextBudget budget) {
        this.grid = grid;
        this.fileName = fileName;
        this.shared = shared;
        this.formats = formats;
        this.date1904 = date1904;
        this.budget = budget;
    }

    @Override
    void start(String name, Attributes attributes) {
        if (inCell) {
            startInCell(name, attributes);
            return;
        }
        switch (name) {
            case "sheetData":
                inSheetData = true;
                break;
            case "row":
                if (inSheetData) {
                    startRow(attribute(attributes, "r"));
                }
                break;
            case "c":
                if (inSheetData) {
                    startCell(attributes);
                }
                break;
            case "mergeCell":
                if (grid.regions().size() == WorkbookReader.MAX_MERGED_REGIONS) {
                    throw RosterException.of("roster.error.tooManyMerged", "more than " + WorkbookReader.MAX_MERGED_REGIONS,
                            null, fileName, grid.sheetName(), WorkbookReader.MAX_MERGED_REGIONS);
                }
                grid.addRegion(CellRangeAddress.valueOf(attribute(attributes, "ref")));
                break;
            default:
                break;
        }
    }

    private void startRow(String r) {
        rowIndex = r == null ? maxRowIndex + 1 : Integer.parseInt(r.strip()) - 1;
        if (rowIndex < 0) {
            throw new IllegalArgumentException("row number " + r);
        }
        maxRowIndex = Math.max(maxRowIndex, rowIndex);
        Arrays.fill(rowCells, 0, rowWidth, null);
        rowWidth = 0;
        rowHasCells = false;
        nextColumn = 0;
    }

    private void startCell(Attributes attributes) {
        String ref = attribute(attributes, "r");
        column = ref == null ? nextColumn : new CellReference(ref).getCol();
        if (column < 0) {
            throw new IllegalArgumentException("cell reference " + ref);
        }
        nextColumn = Math.max(nextColumn, column + 1);
        String s = attribute(attributes, "s");
        style = s == null ? 0 : Long.parseLong(s.strip());
        type = attribute(attributes, "t");
        formula = false;
        hasValue = false;
        hasInline = false;
        value.setLength(0);
        inline.reset();
        inCell = true;
    }

    private void startInCell(String name, Attributes attributes) {
        if (inInline) {
            inline.start(name);
        } else if (name.equals("v")) {
            inValue = true;
            hasValue = true;
        } else if (name.equals("f")) {
            formula |= !"dataTable".equals(attribute(attributes, "t"));
        } else if (name.equals("is")) {
            inInline = true;
            hasInline = true;
        }
    }

    @Override
    void end(String name) {
        if (inInline) {
            if (name.equals("is")) {
                inInline = false;
            } else {
                inline.end(name);
            }
        } else if (inCell && name.equals("v")) {
            inValue = false;
        } else if (inCell && name.equals("c")) {
            inCell = false;
            endCell();
        } else if (inSheetData && name.equals("row")) {
            endRow();
        } else if (name.equals("sheetData")) {
            inSheetData = false;
        }
    }

    @Override
    void text(char[] ch, int start, int length) {
        boolean kept = true;
        if (inInline) {
            kept = inline.text(ch, start, length);
        } else if (inValue) {
            kept = value.length() + length <= SharedStrings.MAX_RAW_CHARS;
            if (kept) {
                value.append(ch, start, length);
            }
        }
        if (!kept) {
            throw cellTooLong();
        }
    }

    private void endCell() {
        RosterCell cell = cellValue();
        if (cell != null && cell.isBlank()) {
            cell = null;
        }
        if (column >= WorkbookReader.MAX_COLUMNS) {
            if (cell != null) {
                throw RosterException.of("roster.error.tooManyColumns", "value beyond column " + WorkbookReader.MAX_COLUMNS,
                        null, fileName, grid.sheetName(), reference(), WorkbookReader.MAX_COLUMNS);
            }
            return;
        }
        rowCells[column] = cell;
        rowWidth = Math.max(rowWidth, column + 1);
        rowHasCells |= cell != null;
    }

    private void endRow() {
        if (!rowHasCells) {
            grid.putRow(rowIndex, null);
            return;
        }
        int last = rowWidth - 1;
        while (rowCells[last] == null) {
            last--;
        }
        int cells = grid.putRow(rowIndex, Arrays.copyOf(rowCells, last + 1));
        if (cells > WorkbookReader.MAX_CELLS) {
            throw RosterException.of("roster.error.tooManyCells", "more than " + WorkbookReader.MAX_CELLS + " cells", null,
                    fileName, grid.sheetName(), WorkbookReader.MAX_CELLS);
        }
        if (grid.rowCount() > WorkbookReader.MAX_ROWS + ROWS_ABOVE_DATA) {
            // Whether any header row exists does not depend on the titles: two text cells are enough.
            if (SheetScan.findHeaderRow(grid, title -> false) < 0) {
                throw SheetScan.noHeader(fileName, grid.sheetName());
            }
            throw SheetScan.tooManyRows(fileName);
        }
    }

    /** The cell's value as POI's usermodel reads it (a formula's cached value), null for a blank cell. */
    private RosterCell cellValue() {
        String t = type == null ? "n" : type;
        switch (t) {
            case "n":
                if (!hasValue) {
                    return formula ? new RosterCell("0", true) : null;
                }
                return number(value.toString());
            case "s":
                return sharedString();
            case "str":
                return text(hasValue ? value.toString() : "");
            case "inlineStr":
                if (hasInline) {
                    return text(inline.value());
                }
                return text(hasValue ? value.toString() : "");
            case "b":
                return new RosterCell(hasValue && value.toString().equals("1") ? "TRUE" : "FALSE", false);
            case "e":
                FormulaError error = hasValue ? FormulaError.forString(value.toString()) : FormulaError.forInt(0);
                return new RosterCell(error.getString(), false);
            default:
                throw new IllegalArgumentException("cell type " + t);
        }
    }

    private RosterCell number(String v) {
        double number = v.isEmpty() ? 0.0 : Double.parseDouble(v);
        if (formats.isDate(style, number)) {
            return new RosterCell(DATE.format(DateUtil.getLocalDateTime(number, date1904).toLocalDate()), false);
        }
        return new RosterCell(WorkbookReader.number(number), true);
    }

    private RosterCell sharedString() {
        if (!hasValue) {
            return null;
        }
        try {
            return shared.cell(Integer.parseInt(value.toString()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private RosterCell text(String raw) {
        String decoded = SharedStrings.decode(raw);
        if (decoded == null) {
            return null;
        }
        if (decoded.length() > WorkbookReader.MAX_CELL_CHARS) {
            throw cellTooLong();
        }
        budget.add(decoded.length(), fileName);
        return new RosterCell(decoded, false);
    }

    private RosterException cellTooLong() {
        return RosterException.of("roster.error.cellTooLong", "cell " + reference() + " too long", null, fileName,
                grid.sheetName(), reference(), WorkbookReader.MAX_CELL_CHARS);
    }

    private String reference() {
        return RosterSheet.columnLetter(column) + (rowIndex + 1);
    }
}
