package vn.delegationdesk.documents.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Word tables on a fixed grid of column widths in twips. A model row lists only the cells that start in it,
 * as in HTML; Word wants every grid position of every row, so the rows below a row-spanning cell get
 * "continue" cells, which {@link #slots} works out.
 */
final class DocxTables {
    /** Eighths of a point: 0.5 pt, as the PDF's borders. */
    static final int BORDER_EIGHTHS = 4;

    private DocxTables() {
    }

    /** A position in a Word row: a model cell that starts there, or the continuation of one from above. */
    record Slot(vn.delegationdesk.documents.layout.Cell cell, int column, int colSpan, boolean continued) {
    }

    /** An empty table of {@code columns} twips wide each, with or without 0.5 pt borders. */
    static XWPFTable create(XWPFDocument document, int[] columns, boolean borders, int cellMargin) {
        XWPFTable table = document.createTable();
        while (table.getNumberOfRows() > 0) {
            table.removeRow(0);
        }
        int total = 0;
        for (int width : columns) {
            total += width;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(total));
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFBorderType type = borders ? XWPFBorderType.SINGLE : XWPFBorderType.NONE;
        int size = borders ? BORDER_EIGHTHS : 0;
        String colour = borders ? "000000" : "auto";
        table.setTopBorder(type, size, 0, colour);
        table.setBottomBorder(type, size, 0, colour);
        table.setLeftBorder(type, size, 0, colour);
        table.setRightBorder(type, size, 0, colour);
        table.setInsideHBorder(type, size, 0, colour);
        table.setInsideVBorder(type, size, 0, colour);
        margins(pr, cellMargin);
        return table;
    }

    /** Written out even when zero: an absent margin means Word's 0.19 cm on either side. */
    private static void margins(CTTblPr pr, int twips) {
        CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        BigInteger width = BigInteger.valueOf(twips);
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
            margins.addNewRight()}) {
            side.setW(width);
            side.setType(STTblWidth.DXA);
        }
    }

    /** A new last row with no cells yet. */
    static XWPFTableRow row(XWPFTable table) {
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        while (!row.getTableCells().isEmpty()) {
            row.removeCell(0);
        }
        return row;
    }

    /** A new cell at the end of {@code row}, {@code width} twips wide over {@code colSpan} grid columns. */
    static XWPFTableCell cell(XWPFTableRow row, int width, int colSpan) {
        XWPFTableCell cell = row.createCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (colSpan > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(colSpan));
        }
        return cell;
    }

    /** Marks a cell as the start ({@code restart}) or a continuation of a vertical merge. */
    static void verticalMerge(XWPFTableCell cell, boolean restart) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(restart ? STMerge.RESTART : STMerge.CONTINUE);
    }

    /**
     * The Word positions of each model row, with {@code columns} grid columns; positions left over at a
     * row's end are filled with empty cells so that every row covers the grid.
     */
    static List<List<Slot>> slots(List<List<vn.delegationdesk.documents.layout.Cell>> rows, int columns) {
        int[] rowsLeft = new int[columns];
        int[] spanAt = new int[columns];
        List<List<Slot>> out = new ArrayList<>();
        for (List<vn.delegationdesk.documents.layout.Cell> row : rows) {
            List<Slot> slots = new ArrayList<>();
            int next = 0;
            int column = 0;
            while (column < columns) {
                if (rowsLeft[column] > 0) {
                    rowsLeft[column]--;
                    slots.add(new Slot(null, column, spanAt[column], true));
                    column += spanAt[column];
                } else if (next < row.size()) {
                    vn.delegationdesk.documents.layout.Cell cell = row.get(next++);
                    int span = Math.min(cell.colSpan(), columns - column);
                    if (cell.rowSpan() > 1) {
                        rowsLeft[column] = cell.rowSpan() - 1;
                        spanAt[column] = span;
                    }
                    slots.add(new Slot(cell, column, span, false));
                    column += span;
                } else {
                    slots.add(new Slot(vn.delegationdesk.documents.layout.Cell.empty(), column, 1, false));
                    column++;
                }
            }
            out.add(slots);
        }
        return out;
    }
}
