package vn.delegationdesk.budget.export;

import java.util.Map;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How the estimate sheet is laid out for print: its column widths, the lines a wrapped text takes (so rows can be
 * made tall enough for it), A4 landscape with the column titles on every page, and the page breaks of
 * {@link PagePlan} for the page one sheet holds at the scale it prints at.
 */
public final class SheetLayout {
    static final float LINE_POINTS = 16f;
    /** The height of a one-line row. */
    static final float ROW_POINTS = LINE_POINTS + 2;
    /** Column widths in characters of the default font (Times New Roman 12). */
    private static final int[] WIDTHS = {6, 48, 9, 11, 9, 13, 16, 32};
    private static final int LAST_COLUMN = WIDTHS.length - 1;
    /** Points per character of column width: the digit of Times New Roman 12 is 8 pixels, 6 points, wide. */
    private static final double POINTS_PER_CHARACTER = 6.0;
    private static final double A4_LONG_SIDE = 841.9;
    private static final double A4_SHORT_SIDE = 595.3;
    private static final double SIDE_MARGINS_INCHES = 0.5 + 0.4;
    private static final double TOP_BOTTOM_MARGINS_INCHES = 0.6 + 0.6;
    /** Room left for rounding in the program that prints: a page is planned this much shorter than it is. */
    private static final double PAGE_SAFETY = 0.96;

    private SheetLayout() {
    }

    static void setColumnWidths(Sheet sheet) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    /** The width of one column, in characters. */
    static int width(int column) {
        return WIDTHS[column];
    }

    /** The width of the columns {@code from}..{@code to}, in characters. */
    static int width(int from, int to) {
        int sum = 0;
        for (int c = from; c <= to; c++) {
            sum += WIDTHS[c];
        }
        return sum;
    }

    /**
     * The lines a wrapped text takes in a column {@code width} characters wide. LibreOffice does not grow the
     * rows of an .xlsx by itself, so the height is set from this estimate, words kept whole. Vietnamese text
     * in Times New Roman averages a little less than a digit per letter; bold a little more.
     */
    public static int lines(String value, int width, boolean bold) {
        if (value.isEmpty()) {
            return 1;
        }
        int perLine = Math.max(1, bold ? width - 1 : width * 112 / 100);
        int lines = 1;
        int used = 0;
        for (String word : value.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > perLine) {
                lines++;
                used -= perLine;
            }
        }
        return lines;
    }

    /**
     * A printed document: A4 landscape, every column on one page width, the column titles on every page,
     * page numbers at the foot.
     */
    static void preparePrinting(XSSFWorkbook workbook, Sheet sheet, int titleRow, int lastRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(titleRow, titleRow, -1, -1));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("Trang &P / &N");
        workbook.setPrintArea(0, 0, LAST_COLUMN, 0, lastRow);
    }

    /**
     * Page breaks where {@link PagePlan} puts them, for the page one A4 landscape sheet holds at its scale.
     *
     * @param rows         the number of rows of the sheet
     * @param keepTogether for a row, the last row that must print on the same page (none: the row itself)
     */
    static void breakPages(Sheet sheet, int titleRow, int rows, Map<Integer, Integer> keepTogether) {
        double sheetWidth = width(0, LAST_COLUMN) * POINTS_PER_CHARACTER;
        double printableWidth = A4_LONG_SIDE - SIDE_MARGINS_INCHES * 72;
        double scale = Math.min(1.0, Math.floor(printableWidth / sheetWidth * 100) / 100);
        double pageHeight = (A4_SHORT_SIDE - TOP_BOTTOM_MARGINS_INCHES * 72) / scale * PAGE_SAFETY;
        float[] heights = new float[rows];
        int[] keep = new int[rows];
        for (int r = 0; r < rows; r++) {
            heights[r] = sheet.getRow(r).getHeightInPoints();
            keep[r] = keepTogether.getOrDefault(r, r);
        }
        for (int row : PagePlan.breaks(heights, titleRow, keep, pageHeight)) {
            sheet.setRowBreak(row);
        }
    }
}
