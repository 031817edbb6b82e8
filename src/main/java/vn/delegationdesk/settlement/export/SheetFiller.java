package vn.delegationdesk.settlement.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.budget.export.PagePlan;
import vn.delegationdesk.budget.export.SheetLayout;

/**
 * One sheet of the settlement workbook filled row by row, with the estimate workbook's safety: every text is a string
 * cell (quote-prefixed when it starts like a formula), every figure an exact whole number, rows made tall enough for
 * their wrapped texts, and printed on A4 landscape one page wide, the column titles on every page, the pages broken so
 * that rows kept together stay on one page ({@link PagePlan}).
 */
final class SheetFiller {
    static final float LINE_POINTS = 16f;
    static final float ROW_POINTS = LINE_POINTS + 2;
    private static final double POINTS_PER_CHARACTER = 6.0;
    private static final double A4_LONG_SIDE = 841.9;
    private static final double A4_SHORT_SIDE = 595.3;
    private static final double LEFT_MARGIN = 0.6;
    private static final double RIGHT_MARGIN = 0.4;
    private static final double TOP_BOTTOM_MARGIN = 0.6;
    private static final double PAGE_SAFETY = 0.96;

    final XSSFWorkbook workbook;
    final XSSFSheet sheet;
    final SettlementStyles styles;
    private final int[] widths;
    private final Map<Integer, Integer> keepTogether = new HashMap<>();
    private int next;

    SheetFiller(XSSFWorkbook workbook, SettlementStyles styles, String name, int[] widths) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.widths = widths.clone();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    int lastColumn() {
        return widths.length - 1;
    }

    /** The width of the columns {@code from}..{@code to}, in characters of the default font. */
    int width(int from, int to) {
        int sum = 0;
        for (int c = from; c <= to; c++) {
            sum += widths[c];
        }
        return sum;
    }

    /** The index the next row will have. */
    int next() {
        return next;
    }

    /** The next row, one line high until a text in it needs more. */
    Row row() {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(ROW_POINTS);
        return row;
    }

    /** An empty row {@code points} high, to part two blocks. */
    void gap(float points) {
        row().setHeightInPoints(points);
    }

    /** A text cell: always a string value, quote-prefixed when it starts like a formula; the row tall enough for it. */
    Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(EstimateWorkbookWriter.looksLikeFormula(value) ? styles.quoted(style) : style);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
        if (style.getWrapText()) {
            fit(row, value, widths[column] - SettlementStyles.INDENT_CHARACTERS, styles.bold(style));
        }
        return cell;
    }

    /** A text over the columns {@code from}..{@code to} of one row, the row tall enough for it. */
    Cell merged(Row row, int from, int to, String value, CellStyle style) {
        Cell first = null;
        for (int c = from; c <= to; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(EstimateWorkbookWriter.looksLikeFormula(value) ? styles.quoted(style) : style);
            if (c == from) {
                first = cell;
                if (!value.isEmpty()) {
                    cell.setCellValue(value);
                }
            }
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
        if (style.getWrapText()) {
            fit(row, value, width(from, to) - SettlementStyles.INDENT_CHARACTERS, styles.bold(style));
        }
        return first;
    }

    /** A whole number, exact or refused. */
    Cell number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(EstimateWorkbookWriter.exact(value));
        return cell;
    }

    /** A formula over cells of the sheet; its value is computed when the workbook is evaluated. */
    Cell formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellFormula(formula);
        return cell;
    }

    /** Makes a row tall enough for {@code value}'s lines (its own line breaks kept) in {@code width} characters. */
    void fit(Row row, String value, int width, boolean bold) {
        int lines = 0;
        for (String line : value.split("\n", -1)) {
            lines += SheetLayout.lines(line, Math.max(1, width), bold);
        }
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS + 4));
    }

    /** Rows {@code first}..{@code last} print on one page (unless they do not fit on one). */
    void keep(int first, int last) {
        keepTogether.merge(first, last, Math::max);
    }

    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    static String range(int fromRow, int toRow, int column) {
        return ref(fromRow, column) + ":" + ref(toRow, column);
    }

    /** A text as a formula's string literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * A4 landscape, every column on one page width, the rows {@code firstTitle}..{@code lastTitle} on every page, page
     * numbers at the foot, and the page breaks of {@link PagePlan}.
     */
    void preparePrinting(int sheetIndex, int firstTitle, int lastTitle) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(firstTitle, lastTitle, -1, -1));
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, LEFT_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, RIGHT_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_BOTTOM_MARGIN);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("Trang &P / &N");
        workbook.setPrintArea(sheetIndex, 0, lastColumn(), 0, next - 1);
        breakPages(firstTitle, lastTitle);
    }

    private void breakPages(int firstTitle, int lastTitle) {
        double sheetWidth = width(0, lastColumn()) * POINTS_PER_CHARACTER;
        double printableWidth = A4_LONG_SIDE - (LEFT_MARGIN + RIGHT_MARGIN) * 72;
        double scale = Math.min(1.0, Math.floor(printableWidth / sheetWidth * 100) / 100);
        double pageHeight = (A4_SHORT_SIDE - 2 * TOP_BOTTOM_MARGIN * 72) / scale * PAGE_SAFETY;
        float[] heights = new float[next];
        int[] keep = new int[next];
        for (int r = 0; r < next; r++) {
            heights[r] = sheet.getRow(r).getHeightInPoints();
            keep[r] = keepTogether.getOrDefault(r, r);
        }
        // PagePlan repeats one row: the title rows above the last one are counted as part of it.
        for (int r = firstTitle; r < lastTitle; r++) {
            heights[lastTitle] += heights[r];
            heights[r] = 0;
        }
        for (int row : PagePlan.breaks(heights, lastTitle, keep, pageHeight)) {
            sheet.setRowBreak(row);
        }
    }
}
