package vn.delegationdesk.budget.export;

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
    private final StyleFactory styles;

    EstimateStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new StyleFactory(workbook, FONT);
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints(BODY_POINTS);
        XSSFFont regular = styles.font(false, false, BODY_POINTS);
        XSSFFont bold = styles.font(true, false, BODY_POINTS);
        XSSFFont italic = styles.font(false, true, BODY_POINTS);
        XSSFFont boldItalic = styles.font(true, true, BODY_POINTS);
        XSSFFont heading = styles.font(true, false, (short) 13);
        XSSFFont big = styles.font(true, false, (short) 15);
        short money = workbook.createDataFormat().getFormat(MONEY_FORMAT);
        short text = workbook.createDataFormat().getFormat("@");

        parentBody = styles.plain(regular, HorizontalAlignment.CENTER, true);
        issuingBody = styles.plain(heading, HorizontalAlignment.CENTER, true);
        motto = styles.plain(heading, HorizontalAlignment.CENTER, true);
        title = styles.plain(big, HorizontalAlignment.CENTER, false);
        subtitle = styles.plain(bold, HorizontalAlignment.CENTER, true);
        note = styles.plain(italic, HorizontalAlignment.CENTER, true);
        unitNote = styles.plain(italic, HorizontalAlignment.RIGHT, false);

        columnTitle = styles.bordered(bold, HorizontalAlignment.CENTER, true);
        sectionNumeral = styles.bordered(bold, HorizontalAlignment.CENTER, false);
        sectionTitle = styles.bordered(bold, HorizontalAlignment.LEFT, true);
        sectionTitle.setDataFormat(text);
        sectionBlank = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionBlank.setDataFormat(money);
        sectionAmount = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionAmount.setDataFormat(money);
        lineIndex = styles.bordered(regular, HorizontalAlignment.CENTER, false);
        lineText = styles.bordered(regular, HorizontalAlignment.LEFT, true);
        lineText.setDataFormat(text);
        lineUnit = styles.bordered(regular, HorizontalAlignment.CENTER, true);
        lineUnit.setDataFormat(text);
        lineNumber = styles.bordered(regular, HorizontalAlignment.RIGHT, false);
        lineNumber.setDataFormat(money);
        missingPrice = styles.bordered(italic, HorizontalAlignment.RIGHT, true);
        missingPrice.setDataFormat(money);
        draftMark = styles.plain(heading, HorizontalAlignment.CENTER, false);
        totalLabel = styles.bordered(bold, HorizontalAlignment.CENTER, false);
        totalBlank = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        totalBlank.setDataFormat(money);
        totalAmount = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        totalAmount.setDataFormat(money);
        for (CellStyle indented : new CellStyle[] {sectionTitle, sectionAmount, lineText, lineNumber, missingPrice, totalAmount}) {
            indented.setIndention(INDENT);
        }

        words = styles.plain(boldItalic, HorizontalAlignment.LEFT, true);
        words.setVerticalAlignment(VerticalAlignment.TOP);
        placeDate = styles.plain(italic, HorizontalAlignment.CENTER, false);
        signTitle = styles.plain(bold, HorizontalAlignment.CENTER, false);
        signNote = styles.plain(italic, HorizontalAlignment.CENTER, false);
        signName = styles.plain(bold, HorizontalAlignment.CENTER, false);
    }

    /** The same style with the quote prefix set, for a text that starts like a formula ({@link StyleFactory#quoted}). */
    CellStyle quoted(CellStyle base) {
        return styles.quoted(base);
    }
}
