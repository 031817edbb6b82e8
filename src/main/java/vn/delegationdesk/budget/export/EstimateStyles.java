package vn.delegationdesk.budget.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the estimate sheet, made once per workbook. Every text is Times New Roman, the face of
 * Vietnamese administrative documents; the workbook's default font is set to it too, so that column widths
 * (measured in the default font's digits) match what is printed.
 */
final class EstimateStyles {
    static final String FONT = "Times New Roman";
    static final short BODY_POINTS = 12;
    static final String MONEY_FORMAT = "#,##0";
    /** One level of indent keeps texts and figures off the cell's border; it takes about two characters of width. */
    static final short INDENT = 1;
    static final int INDENT_CHARACTERS = 2;

    final CellStyle parentBody;
    final CellStyle issuingBody;
    final CellStyle motto;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle note;
    final CellStyle unitNote;
    final CellStyle columnTitle;
    final CellStyle sectionNumeral;
    final CellStyle sectionTitle;
    final CellStyle sectionBlank;
    final CellStyle sectionAmount;
    final CellStyle lineIndex;
    final CellStyle lineText;
    final CellStyle lineUnit;
    final CellStyle lineNumber;
    final CellStyle missingPrice;
    final CellStyle draftMark;
    final CellStyle totalLabel;
    final CellStyle totalBlank;
    final CellStyle totalAmount;
    final CellStyle words;
    final CellStyle placeDate;
    final CellStyle signTitle;
    final CellStyle signNote;
    final CellStyle signName;

    private final XSSFWorkbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    EstimateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints(BODY_POINTS);
        XSSFFont regular = font(false, false, BODY_POINTS);
        XSSFFont bold = font(true, false, BODY_POINTS);
        XSSFFont italic = font(false, true, BODY_POINTS);
        XSSFFont boldItalic = font(true, true, BODY_POINTS);
        XSSFFont heading = font(true, false, (short) 13);
        XSSFFont big = font(true, false, (short) 15);
        short money = workbook.createDataFormat().getFormat(MONEY_FORMAT);
        short text = workbook.createDataFormat().getFormat("@");

        parentBody = plain(regular, HorizontalAlignment.CENTER, true);
        issuingBody = plain(heading, HorizontalAlignment.CENTER, true);
        motto = plain(heading, HorizontalAlignment.CENTER, true);
        title = plain(big, HorizontalAlignment.CENTER, false);
        subtitle = plain(bold, HorizontalAlignment.CENTER, true);
        note = plain(italic, HorizontalAlignment.CENTER, true);
        unitNote = plain(italic, HorizontalAlignment.RIGHT, false);

        columnTitle = bordered(bold, HorizontalAlignment.CENTER, true);
        sectionNumeral = bordered(bold, HorizontalAlignment.CENTER, false);
        sectionTitle = bordered(bold, HorizontalAlignment.LEFT, true);
        sectionTitle.setDataFormat(text);
        sectionBlank = bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionBlank.setDataFormat(money);
        sectionAmount = bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionAmount.setDataFormat(money);
        lineIndex = bordered(regular, HorizontalAlignment.CENTER, false);
        lineText = bordered(regular, HorizontalAlignment.LEFT, true);
        lineText.setDataFormat(text);
        lineUnit = bordered(regular, HorizontalAlignment.CENTER, true);
        lineUnit.setDataFormat(text);
        lineNumber = bordered(regular, HorizontalAlignment.RIGHT, false);
        lineNumber.setDataFormat(money);
        missingPrice = bordered(italic, HorizontalAlignment.RIGHT, true);
        missingPrice.setDataFormat(money);
        draftMark = plain(heading, HorizontalAlignment.CENTER, false);
        totalLabel = bordered(bold, HorizontalAlignment.CENTER, false);
        totalBlank = bordered(bold, HorizontalAlignment.RIGHT, false);
        totalBlank.setDataFormat(money);
        totalAmount = bordered(bold, HorizontalAlignment.RIGHT, false);
        totalAmount.setDataFormat(money);
        for (CellStyle indented : new CellStyle[] {sectionTitle, sectionAmount, lineText, lineNumber, missingPrice, totalAmount}) {
            indented.setIndention(INDENT);
        }

        words = plain(boldItalic, HorizontalAlignment.LEFT, true);
        words.setVerticalAlignment(VerticalAlignment.TOP);
        placeDate = plain(italic, HorizontalAlignment.CENTER, false);
        signTitle = plain(bold, HorizontalAlignment.CENTER, false);
        signNote = plain(italic, HorizontalAlignment.CENTER, false);
        signName = plain(bold, HorizontalAlignment.CENTER, false);
    }

    /**
     * The same style with the quote prefix set, for a text that starts like a formula ("=", "+", "-", "@"): the
     * cell is a string already, the prefix makes Excel and LibreOffice keep it one when the cell is edited.
     */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private XSSFFont font(boolean bold, boolean italic, short points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private CellStyle plain(XSSFFont font, HorizontalAlignment alignment, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrap);
        return style;
    }

    private CellStyle bordered(XSSFFont font, HorizontalAlignment alignment, boolean wrap) {
        CellStyle style = plain(font, alignment, wrap);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
