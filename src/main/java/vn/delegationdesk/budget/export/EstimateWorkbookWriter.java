package vn.delegationdesk.budget.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;
import vn.delegationdesk.budget.BudgetLine;
import vn.delegationdesk.budget.Estimate;
import vn.delegationdesk.budget.EstimateSection;
import vn.delegationdesk.budget.EstimateTexts;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;

/**
 * Writes an estimate as the finance office's "Dự toán kinh phí" sheet (regulations.md §5): the two header
 * blocks, title and dates, the table STT · Nội dung · ĐVT · Số lượng · Số ngày/lần · Đơn giá · Thành tiền ·
 * Ghi chú with one bold row per section, the grand total, the amount in words and the signature blocks.
 *
 * <p>The figures stay live for the clerk: every Thành tiền is the formula {@code =IF(ISNUMBER(F),D×E×F,"")}, every
 * section's subtotal a SUM of its lines, the grand total a SUM of the subtotals; their values are also stored, so a
 * viewer that does not recalculate shows them. A line without a price has "chưa có đơn giá" in its price cell and so
 * a blank amount, which SUM skips; typing the price over that text gives the line its amount and every total.
 * While lines that need a price have none, the draft mark over the title counts them ("DỰ THẢO – còn 18 dòng chưa
 * có đơn giá") and the total is labelled partial; both are formulas over those lines' price cells, so they follow
 * the clerk's typing. The amount in words cannot be a formula: it is shown only while the total and the count of
 * missing prices are the ones it was written for, and otherwise asks for the words to be written again.
 * Every text the user typed is written as a string cell, never as a formula, and one that starts like a
 * formula also gets the quote prefix. The estimate's warnings are not printed: the sheet is for signing.
 * Column widths, the height of rows with wrapped text, the print setup and the page breaks are {@link SheetLayout}'s.
 *
 * <p>Like the member list, the workbook is written to a temporary file beside the target and then moved over
 * it, so a failed export leaves the old file (if any) untouched.
 */
public final class EstimateWorkbookWriter {
    static final String SHEET = "Dự toán";
    static final String TITLE = EstimateTexts.TITLE;
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String WORDS_PREFIX = EstimateTexts.WORDS_PREFIX;
    static final List<String> COLUMN_TITLES = EstimateTexts.COLUMN_TITLES;

    static final int COL_INDEX = 0;
    static final int COL_CONTENT = 1;
    static final int COL_UNIT = 2;
    static final int COL_QUANTITY = 3;
    static final int COL_TIMES = 4;
    static final int COL_PRICE = 5;
    static final int COL_AMOUNT = 6;
    static final int COL_BASIS = 7;
    /** The largest whole number a double holds exactly: figures above it would print wrong. */
    private static final long EXACT_LIMIT = 1L << 53;
    private static final float LINE_POINTS = SheetLayout.LINE_POINTS;
    /** Blank spaces where the clerk writes a number or a date not known yet. */
    static final String BLANK = EstimateTexts.BLANK;

    /**
     * Writes {@code estimate} of {@code delegation} to {@code file}.
     *
     * @throws EstimateExportException with the Vietnamese sentence "Không ghi được tệp …" if the file cannot be
     *         written; the target is then left as it was and no temporary file stays behind
     */
    public void write(Estimate estimate, Delegation delegation, Path file) {
        try {
            ReplacingFileWriter.write(file, out -> {
                try (XSSFWorkbook workbook = build(estimate, delegation)) {
                    workbook.write(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw EstimateExportException.of("budget.export.error.cannotWrite", String.valueOf(e), e,
                    file.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e));
        }
    }

    /** The workbook of {@code estimate}, formulas evaluated; the caller closes it. */
    static XSSFWorkbook build(Estimate estimate, Delegation delegation) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            new SheetBuilder(workbook, estimate, delegation).build();
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            return workbook;
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing was written; the original failure is the one to report.
            }
            throw e;
        }
    }

    /** A figure as the double POI stores; exact below 2^53, and refused above rather than printed wrong. */
    public static double exact(long value) {
        if (Math.abs(value) >= EXACT_LIMIT) {
            throw new IllegalArgumentException("figure too large for a spreadsheet cell: " + value);
        }
        return value;
    }

    /** Whether a spreadsheet would read {@code text} as the start of a formula if it were typed in. */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    /** One sheet being filled row by row. */
    private static final class SheetBuilder {
        private final XSSFWorkbook workbook;
        private final Sheet sheet;
        private final EstimateStyles styles;
        private final Estimate estimate;
        private final Delegation delegation;
        private final Map<Integer, Integer> keepTogether = new HashMap<>();
        /** The price cells of the lines that need a price (counting something, not optional), priced or not. */
        private final List<Integer> neededPriceRows = new ArrayList<>();
        private Cell draftMark;
        private int next;

        SheetBuilder(XSSFWorkbook workbook, Estimate estimate, Delegation delegation) {
            this.workbook = workbook;
            this.sheet = workbook.createSheet(SHEET);
            this.styles = new EstimateStyles(workbook);
            this.estimate = estimate;
            this.delegation = delegation;
        }

        void build() {
            SheetLayout.setColumnWidths(sheet);
            header();
            int titleRow = columnTitles();
            List<Integer> subtotalRows = new ArrayList<>();
            for (EstimateSection section : estimate.sections()) {
                subtotalRows.add(section(section));
            }
            int totalRow = total(subtotalRows);
            draftMark.setCellFormula("IF(" + missing() + ">0," + quoted(EstimateTexts.DRAFT_MARK_PREFIX) + "&" + missing() + "&"
                    + quoted(EstimateTexts.DRAFT_MARK_SUFFIX) + ",\"\")");
            row().setHeightInPoints(10f);
            words(totalRow);
            row().setHeightInPoints(10f);
            signatures();
            keepTogether.put(totalRow - 1, next - 1);
            SheetLayout.preparePrinting(workbook, sheet, titleRow, next - 1);
            SheetLayout.breakPages(sheet, titleRow, next, keepTogether);
        }

        private void header() {
            IssuingBody body = delegation.issuingBody();
            Row first = row();
            merged(first, 0, 2, body.parentBody(), styles.parentBody, LINE_POINTS);
            merged(first, 4, 7, NATION, styles.motto, 17f);
            Row second = row();
            merged(second, 0, 2, body.name(), styles.issuingBody, 17f);
            merged(second, 4, 7, MOTTO, styles.motto, 17f);
            Row mark = row();
            merged(mark, 0, 7, "", styles.draftMark, estimate.complete() ? 10f : 17f);
            draftMark = mark.getCell(0);
            merged(row(), 0, 7, TITLE, styles.title, 22f);
            merged(row(), 0, 7, EstimateTexts.subtitle(estimate), styles.subtitle, LINE_POINTS);
            merged(row(), 0, 7, EstimateTexts.attachedTo(delegation.document(), body), styles.note, LINE_POINTS);
            String rates = EstimateTexts.ratesLine(estimate);
            if (!rates.isEmpty()) {
                merged(row(), 0, 7, rates, styles.note, LINE_POINTS);
            }
            merged(row(), 5, 7, EstimateTexts.UNIT_NOTE, styles.unitNote, LINE_POINTS);
        }

        private int columnTitles() {
            Row row = row();
            for (int c = 0; c < COLUMN_TITLES.size(); c++) {
                text(row, c, COLUMN_TITLES.get(c), styles.columnTitle);
            }
            row.setHeightInPoints(2 * LINE_POINTS + 2);
            return row.getRowNum();
        }

        /** The bold section row and its lines; returns the section row's index. */
        private int section(EstimateSection section) {
            Row head = row();
            text(head, COL_INDEX, section.numeral(), styles.sectionNumeral);
            for (int c = COL_CONTENT; c < COL_AMOUNT; c++) {
                text(head, c, c == COL_CONTENT ? section.title() : "", styles.sectionTitle);
            }
            sheet.addMergedRegion(new CellRangeAddress(head.getRowNum(), head.getRowNum(), COL_CONTENT, COL_PRICE));
            text(head, COL_BASIS, "", styles.sectionBlank);
            fit(head, section.title(), SheetLayout.width(COL_CONTENT, COL_PRICE) - EstimateStyles.INDENT_CHARACTERS, true);
            int firstLine = next;
            List<BudgetLine> lines = section.lines();
            for (int i = 0; i < lines.size(); i++) {
                line(i + 1, lines.get(i));
            }
            Cell subtotal = head.createCell(COL_AMOUNT);
            subtotal.setCellStyle(styles.sectionAmount);
            if (lines.isEmpty()) {
                subtotal.setCellValue(0);
            } else {
                // Blank while no line of the section has a price, like the lines' own amounts.
                String amounts = ref(firstLine, COL_AMOUNT) + ":" + ref(next - 1, COL_AMOUNT);
                subtotal.setCellFormula("IF(COUNT(" + amounts + ")=0,\"\",SUM(" + amounts + "))");
            }
            exact(section.subtotal());
            keepTogether.put(head.getRowNum(), lines.isEmpty() ? head.getRowNum() : head.getRowNum() + 1);
            return head.getRowNum();
        }

        private void line(int number, BudgetLine line) {
            Row row = row();
            Cell index = row.createCell(COL_INDEX);
            index.setCellStyle(styles.lineIndex);
            index.setCellValue(number);
            text(row, COL_CONTENT, line.content(), styles.lineText);
            text(row, COL_UNIT, line.unit(), styles.lineUnit);
            figure(row, COL_QUANTITY, line.quantity());
            figure(row, COL_TIMES, line.times());
            Cell price = row.createCell(COL_PRICE);
            if (line.priced()) {
                price.setCellStyle(styles.lineNumber);
                price.setCellValue(exact(line.unitPrice()));
            } else {
                // Text, so that the amount stays blank; the number the clerk types over it makes the line count.
                price.setCellStyle(styles.missingPrice);
                price.setCellValue(EstimateTexts.NO_PRICE);
                fit(row, EstimateTexts.NO_PRICE, SheetLayout.width(COL_PRICE) - EstimateStyles.INDENT_CHARACTERS, false);
            }
            exact(line.amount());
            Cell amount = row.createCell(COL_AMOUNT);
            amount.setCellStyle(styles.lineNumber);
            int r = row.getRowNum();
            if (!line.optional() && line.quantity() > 0 && line.times() > 0) {
                neededPriceRows.add(r);
            }
            amount.setCellFormula("IF(ISNUMBER(" + ref(r, COL_PRICE) + ")," + ref(r, COL_QUANTITY) + "*" + ref(r, COL_TIMES) + "*"
                    + ref(r, COL_PRICE) + ",\"\")");
            text(row, COL_BASIS, line.basis(), styles.lineText);
            fit(row, line.content(), SheetLayout.width(COL_CONTENT) - EstimateStyles.INDENT_CHARACTERS, false);
            fit(row, line.unit(), SheetLayout.width(COL_UNIT), false);
            fit(row, line.basis(), SheetLayout.width(COL_BASIS) - EstimateStyles.INDENT_CHARACTERS, false);
        }

        private int total(List<Integer> subtotalRows) {
            Row row = row();
            for (int c = 0; c <= COL_BASIS; c++) {
                text(row, c, "", c == COL_CONTENT ? styles.totalLabel : styles.totalBlank);
            }
            row.getCell(COL_CONTENT).setCellFormula("IF(" + missing() + ">0," + quoted(EstimateTexts.PARTIAL_TOTAL) + ","
                    + quoted(EstimateTexts.TOTAL) + ")");
            Cell total = row.createCell(COL_AMOUNT);
            total.setCellStyle(styles.totalAmount);
            List<String> refs = subtotalRows.stream().map(r -> ref(r, COL_AMOUNT)).toList();
            total.setCellFormula("SUM(" + String.join(",", refs) + ")");
            exact(estimate.total());
            row.setHeightInPoints(LINE_POINTS + 4);
            return row.getRowNum();
        }

        /**
         * "Bằng chữ: …" while the total and the number of missing prices are the exported ones; once the clerk's edits
         * change either, a request to write the words again, never words that no longer match the figure.
         */
        private void words(int totalRow) {
            Row row = row();
            String words = EstimateTexts.wordsLine(estimate);
            Cell cell = row.createCell(0);
            cell.setCellStyle(styles.words);
            cell.setCellFormula("IF(AND(" + ref(totalRow, COL_AMOUNT) + "=" + estimate.total() + "," + missing() + "="
                    + estimate.unpricedLines() + ")," + quoted(words) + "," + quoted(EstimateTexts.STALE_WORDS) + ")");
            for (int c = 1; c <= COL_BASIS; c++) {
                row.createCell(c).setCellStyle(styles.words);
            }
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, COL_BASIS));
            fit(row, words, SheetLayout.width(0, COL_BASIS), true);
        }

        /** How many of the lines that need a price have no number in their price cell, as a formula. */
        private String missing() {
            if (neededPriceRows.isEmpty()) {
                return "0";
            }
            List<String> ranges = new ArrayList<>();
            int from = neededPriceRows.get(0);
            for (int i = 1; i <= neededPriceRows.size(); i++) {
                int previous = neededPriceRows.get(i - 1);
                if (i == neededPriceRows.size() || neededPriceRows.get(i) != previous + 1) {
                    ranges.add(from == previous ? ref(from, COL_PRICE) : ref(from, COL_PRICE) + ":" + ref(previous, COL_PRICE));
                    if (i < neededPriceRows.size()) {
                        from = neededPriceRows.get(i);
                    }
                }
            }
            return "(" + neededPriceRows.size() + "-COUNT(" + String.join(",", ranges) + "))";
        }

        /** A text as a formula's string literal. */
        private static String quoted(String text) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }

        /** Preparer, accountant and the head of the body, side by side, with room to sign. */
        private void signatures() {
            Signer signer = delegation.signer();
            List<String> head = EstimateTexts.headTitles(signer);
            merged(row(), 5, 7, EstimateTexts.placeAndDate(delegation.document()), styles.placeDate, LINE_POINTS);
            int titles = next;
            for (int i = 0; i < head.size() + 1; i++) {
                row();
            }
            signBlock(titles, 0, 1, List.of(EstimateTexts.PREPARER), EstimateTexts.SIGN_NOTE, "");
            signBlock(titles, 2, 4, List.of(EstimateTexts.ACCOUNTANT), EstimateTexts.SIGN_NOTE, "");
            signBlock(titles, 5, 7, head, EstimateTexts.SIGN_SEAL_NOTE, signer.name());
            row().setHeightInPoints(72f);
            Row names = row();
            merged(names, 0, 1, "", styles.signName, LINE_POINTS);
            merged(names, 2, 4, "", styles.signName, LINE_POINTS);
            merged(names, 5, 7, signer.name(), styles.signName, LINE_POINTS);
        }

        private void signBlock(int firstRow, int fromColumn, int toColumn, List<String> titles, String note, String name) {
            int r = firstRow;
            for (String title : titles) {
                merged(sheet.getRow(r++), fromColumn, toColumn, title, styles.signTitle, LINE_POINTS);
            }
            merged(sheet.getRow(r), fromColumn, toColumn, note, styles.signNote, LINE_POINTS);
        }

        /** The next row, one line high until a text in it needs more. */
        private Row row() {
            Row row = sheet.createRow(next++);
            row.setHeightInPoints(SheetLayout.ROW_POINTS);
            return row;
        }

        private void figure(Row row, int column, long value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(styles.lineNumber);
            cell.setCellValue(exact(value));
        }

        /** A text cell: always a string value, quote-prefixed when it starts like a formula. */
        private void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
            if (!value.isEmpty()) {
                cell.setCellValue(value);
            }
        }

        /** A text over the columns {@code from}..{@code to} of one row, the row tall enough for it. */
        private void merged(Row row, int from, int to, String value, CellStyle style, float linePoints) {
            for (int c = from; c <= to; c++) {
                text(row, c, c == from ? value : "", style);
            }
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
            }
            boolean bold = workbook.getFontAt(style.getFontIndex()).getBold();
            int lines = style.getWrapText() ? SheetLayout.lines(value, SheetLayout.width(from, to), bold) : 1;
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * linePoints + 2));
        }

        /** Makes a table row tall enough for {@code value} wrapped in {@code width} characters, with some air. */
        private void fit(Row row, String value, int width, boolean bold) {
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), SheetLayout.lines(value, width, bold) * LINE_POINTS + 4));
        }

        private static String ref(int row, int column) {
            return new CellReference(row, column).formatAsString(false);
        }
    }
}
