package vn.delegationdesk.documents.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import vn.delegationdesk.documents.layout.Paragraph;
import vn.delegationdesk.documents.layout.Rule;
import vn.delegationdesk.documents.layout.Run;
import vn.delegationdesk.documents.layout.Spacer;

/** The model's paragraphs, tables, rules and spacers as iText elements, for one document's fonts and page. */
final class PdfBlocks {
    private static final DeviceGray SHADE = new DeviceGray(0.85f);
    /** A paragraph with no text still takes its line, as an empty line in Word does. */
    private static final String EMPTY_LINE = "\u00A0";
    /** About a third of a portrait page of 12 pt text in a wide column: longer cells may break across pages. */
    private static final int KEEP_TOGETHER_LIMIT = 700;
    /** How many of a table's last rows go over with the block it is kept with. */
    private static final int KEPT_ROWS = 2;

    private final PdfFonts fonts;
    private final float bodySize;
    private final float textWidth;

    PdfBlocks(PdfFonts fonts, float bodySize, float textWidth) {
        this.fonts = fonts;
        this.bodySize = bodySize;
        this.textWidth = textWidth;
    }

    com.itextpdf.layout.element.Paragraph paragraph(Paragraph model, float defaultSize) {
        float size = model.fontSize() > 0 ? model.fontSize() : defaultSize;
        com.itextpdf.layout.element.Paragraph p = new com.itextpdf.layout.element.Paragraph()
                .setFontSize(size).setMultipliedLeading(PdfStyle.LEADING)
                .setTextAlignment(PdfStyle.alignment(model.align()))
                .setMarginTop(model.spaceBefore()).setMarginBottom(model.spaceAfter())
                .setMarginLeft(0).setMarginRight(0);
        p.setFont(fonts.regular());
        if (model.firstLineIndent()) {
            p.setFirstLineIndent(PdfStyle.FIRST_LINE_INDENT);
        }
        if (model.keepWithNext()) {
            p.setKeepWithNext(true);
        }
        boolean any = false;
        for (Run run : model.runs()) {
            if (run.text().isEmpty()) {
                continue;
            }
            Text text = new Text(PdfText.nfc(run.text())).setFont(fonts.of(run.bold(), run.italic()));
            if (run.underline()) {
                text.setUnderline(0.6f, -2f);
            }
            p.add(text);
            any = true;
        }
        if (!any) {
            p.add(new Text(EMPTY_LINE));
        }
        return p;
    }

    com.itextpdf.layout.element.Paragraph paragraph(Paragraph model) {
        return paragraph(model, bodySize);
    }

    Table table(vn.delegationdesk.documents.layout.Table model) {
        float[] widths = new float[model.columnWidths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = model.columnWidths().get(i);
        }
        float size = model.fontSize() > 0 ? model.fontSize() : bodySize;
        Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout()
                .setMarginTop(0).setMarginBottom(Paragraph.BODY_SPACING);
        for (List<vn.delegationdesk.documents.layout.Cell> row : model.headerRows()) {
            for (vn.delegationdesk.documents.layout.Cell cell : row) {
                table.addHeaderCell(cell(cell, size, model.borders()));
            }
        }
        List<List<vn.delegationdesk.documents.layout.Cell>> rows = model.rows();
        int tail = model.keepWithNext() ? tailStart(rows) : rows.size();
        // Under a header row every row's top line is the bottom line of the row above (or of the header repeated on a
        // new page): drawing both would double the line wherever a group of rows is laid out as a table of its own.
        boolean openTop = model.borders() && !model.headerRows().isEmpty();
        for (int first = 0; first < rows.size(); ) {
            int end = first == tail ? rows.size() : groupEnd(rows, first);
            if (first == tail && end - first > 1 && textLength(rows.subList(first, end)) <= KEEP_TOGETHER_LIMIT) {
                // The last rows of a table kept with what follows it go as one: a closing takes two lines along.
                table.addCell(group(rows.subList(first, end), widths, size, model.borders(), openTop));
            } else if (end - first == 1) {
                for (vn.delegationdesk.documents.layout.Cell cell : rows.get(first)) {
                    table.addCell(open(cell(cell, size, model.borders()), openTop));
                }
            } else if (textLength(rows.subList(first, end)) > KEEP_TOGETHER_LIMIT) {
                // A group as long as a conference's agenda must be free to break across pages; iText breaks a cell that
                // spans rows badly (the lines of the next row print under the table's border), so it spans none.
                unspanned(table, rows.subList(first, end), widths.length, size, model.borders(), openTop);
            } else {
                table.addCell(group(rows.subList(first, end), widths, size, model.borders(), openTop));
            }
            first = end;
        }
        return table;
    }

    /** Where the last {@link #KEPT_ROWS} rows (or groups of rows joined by a row span) of a table begin. */
    private static int tailStart(List<List<vn.delegationdesk.documents.layout.Cell>> rows) {
        List<Integer> starts = new ArrayList<>();
        for (int first = 0; first < rows.size(); first = groupEnd(rows, first)) {
            starts.add(first);
        }
        return starts.isEmpty() ? 0 : starts.get(Math.max(0, starts.size() - KEPT_ROWS));
    }

    /**
     * The end (exclusive) of the rows laid out with row {@code first} as one: the rows joined to it by a cell spanning
     * rows (a room of the rooming list: a page break would put the room's second person under an empty room cell), and
     * for a heading row (every cell shaded: a day of the itinerary, a section of the estimate) the row or rows under
     * it, so that a heading never ends a page.
     */
    private static int groupEnd(List<List<vn.delegationdesk.documents.layout.Cell>> rows, int first) {
        int end = spanEnd(rows, first);
        if (end == first + 1 && end < rows.size() && isHeading(rows.get(first)) && !isHeading(rows.get(end))) {
            return spanEnd(rows, end);
        }
        return end;
    }

    private static boolean isHeading(List<vn.delegationdesk.documents.layout.Cell> row) {
        return !row.isEmpty() && row.stream().allMatch(vn.delegationdesk.documents.layout.Cell::shaded);
    }

    private static int spanEnd(List<List<vn.delegationdesk.documents.layout.Cell>> rows, int first) {
        int end = first + 1;
        for (int r = first; r < end && r < rows.size(); r++) {
            for (vn.delegationdesk.documents.layout.Cell cell : rows.get(r)) {
                end = Math.max(end, r + cell.rowSpan());
            }
        }
        return Math.min(end, rows.size());
    }

    /**
     * Rows joined by a row span, laid out without it: the spanning cell's text in its first row, and under it cells
     * without the borders between them, so the column reads as one cell and every row may end a page.
     */
    private void unspanned(Table table, List<List<vn.delegationdesk.documents.layout.Cell>> rows, int columns, float size,
            boolean borders, boolean openTop) {
        int[] rowsLeft = new int[columns];
        int[] spanWidth = new int[columns];
        for (List<vn.delegationdesk.documents.layout.Cell> row : rows) {
            int column = 0;
            Iterator<vn.delegationdesk.documents.layout.Cell> cells = row.iterator();
            while (column < columns) {
                if (rowsLeft[column] > 0) {
                    int width = spanWidth[column];
                    for (int c = column; c < column + width; c++) {
                        rowsLeft[c]--;
                    }
                    Cell rest = new Cell(1, width).setPadding(PdfStyle.CELL_PADDING);
                    rest.setBorder(borders ? new SolidBorder(ColorConstants.BLACK, PdfStyle.TABLE_BORDER) : Border.NO_BORDER);
                    rest.setBorderTop(Border.NO_BORDER);
                    if (rowsLeft[column] > 0) {
                        rest.setBorderBottom(Border.NO_BORDER);
                    }
                    table.addCell(rest);
                    column += width;
                    continue;
                }
                if (!cells.hasNext()) {
                    break;
                }
                vn.delegationdesk.documents.layout.Cell model = cells.next();
                Cell cell = open(cell(model.spanningRows(1), size, borders), openTop);
                if (model.rowSpan() > 1) {
                    cell.setBorderBottom(Border.NO_BORDER);
                    for (int c = column; c < column + model.colSpan(); c++) {
                        rowsLeft[c] = model.rowSpan() - 1;
                    }
                    spanWidth[column] = model.colSpan();
                }
                table.addCell(cell);
                column += model.colSpan();
            }
        }
    }

    /** Rows laid out as one row of the table: a table of their own in a cell across every column, kept on one page. */
    private Cell group(List<List<vn.delegationdesk.documents.layout.Cell>> rows, float[] widths, float size, boolean borders,
            boolean openTop) {
        Table inner = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setFixedLayout()
                .setMargin(0);
        for (List<vn.delegationdesk.documents.layout.Cell> row : rows) {
            for (vn.delegationdesk.documents.layout.Cell cell : row) {
                inner.addCell(open(cell(cell, size, borders), openTop));
            }
        }
        Cell holder = new Cell(1, widths.length).setPadding(0).setBorder(Border.NO_BORDER).add(inner);
        holder.setKeepTogether(true);
        return holder;
    }

    /** {@code cell} without its top line when the row above draws it. */
    private static Cell open(Cell cell, boolean openTop) {
        if (openTop) {
            cell.setBorderTop(Border.NO_BORDER);
        }
        return cell;
    }

    private Cell cell(vn.delegationdesk.documents.layout.Cell model, float size, boolean borders) {
        Cell cell = new Cell(model.rowSpan(), model.colSpan()).setPadding(PdfStyle.CELL_PADDING);
        cell.setBorder(borders ? new SolidBorder(ColorConstants.BLACK, PdfStyle.TABLE_BORDER) : Border.NO_BORDER);
        // Keeping the cell together makes its row move to the next page rather than break in the middle; a cell
        // of a long text (a conference's agenda in the itinerary) may break, or it would leave half a page empty.
        cell.setKeepTogether(textLength(model) <= KEEP_TOGETHER_LIMIT);
        if (model.shaded()) {
            cell.setBackgroundColor(SHADE);
        }
        for (Paragraph p : model.content()) {
            cell.add(paragraph(p, size));
        }
        return cell;
    }

    private static int textLength(List<List<vn.delegationdesk.documents.layout.Cell>> rows) {
        int length = 0;
        for (List<vn.delegationdesk.documents.layout.Cell> row : rows) {
            for (vn.delegationdesk.documents.layout.Cell cell : row) {
                length += textLength(cell);
            }
        }
        return length;
    }

    private static int textLength(vn.delegationdesk.documents.layout.Cell model) {
        int length = 0;
        for (Paragraph p : model.content()) {
            length += p.text().length();
        }
        return length;
    }

    IBlockElement rule(Rule rule) {
        float fraction = Math.max(0, Math.min(1, rule.widthFraction()));
        return PdfStyle.rule(textWidth * fraction).setMarginTop(2).setMarginBottom(2);
    }

    IBlockElement spacer(Spacer spacer) {
        return new Div().setHeight(Math.max(0, spacer.points()));
    }
}
