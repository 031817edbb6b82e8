package vn.delegationdesk.settlement.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.budget.export.StyleFactory;

/**
 * The cell styles of the settlement workbook, made once per workbook, in Times New Roman as the estimate's workbook is
 * (the default font too, so that column widths match what is printed). Amounts are whole đồng grouped by thousands, a
 * zero shown as "-" as the printed Bảng kê writes it; percentages with one decimal.
 */
final class SettlementStyles {
    static final String FONT = "Times New Roman";
    static final short BODY_POINTS = 12;
    /** Thousands grouped, a negative with its sign, a zero as "-". */
    static final String MONEY_FORMAT = "#,##0;-#,##0;\"-\"";
    static final String PERCENT_FORMAT = "0.0%";
    /** One level of indent keeps texts and figures off the cell's border; it takes about two characters of width. */
    static final int INDENT_CHARACTERS = 2;

    final CellStyle left;
    final CellStyle leftBold;
    final CellStyle leftWrap;
    final CellStyle centered;
    final CellStyle centeredBold;
    final CellStyle formCode;
    final CellStyle formBasis;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle note;
    final CellStyle noteLeft;
    final CellStyle unitNote;
    final CellStyle columnTitle;
    final CellStyle columnLetter;
    final CellStyle index;
    final CellStyle text;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle blank;
    final CellStyle sectionIndex;
    final CellStyle sectionText;
    final CellStyle sectionMoney;
    final CellStyle sectionPercent;
    final CellStyle totalLabel;
    final CellStyle totalMoney;
    final CellStyle totalPercent;
    final CellStyle words;
    final CellStyle placeDate;
    final CellStyle signTitle;
    final CellStyle signNote;
    final CellStyle signName;

    private final XSSFWorkbook workbook;
    private final StyleFactory styles;

    SettlementStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new StyleFactory(workbook, FONT);
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints(BODY_POINTS);
        XSSFFont regular = styles.font(false, false, BODY_POINTS);
        XSSFFont bold = styles.font(true, false, BODY_POINTS);
        XSSFFont italic = styles.font(false, true, BODY_POINTS);
        XSSFFont boldItalic = styles.font(true, true, BODY_POINTS);
        XSSFFont small = styles.font(false, true, (short) 11);
        XSSFFont big = styles.font(true, false, (short) 15);
        short moneyFormat = workbook.createDataFormat().getFormat(MONEY_FORMAT);
        short percentFormat = workbook.createDataFormat().getFormat(PERCENT_FORMAT);
        short textFormat = workbook.createDataFormat().getFormat("@");

        left = styles.plain(regular, HorizontalAlignment.LEFT, false);
        leftBold = styles.plain(bold, HorizontalAlignment.LEFT, false);
        leftWrap = styles.plain(regular, HorizontalAlignment.LEFT, true);
        centered = styles.plain(regular, HorizontalAlignment.CENTER, true);
        centeredBold = styles.plain(bold, HorizontalAlignment.CENTER, true);
        formCode = styles.plain(bold, HorizontalAlignment.CENTER, false);
        formBasis = styles.plain(small, HorizontalAlignment.CENTER, true);
        title = styles.plain(big, HorizontalAlignment.CENTER, false);
        subtitle = styles.plain(bold, HorizontalAlignment.CENTER, true);
        note = styles.plain(italic, HorizontalAlignment.CENTER, true);
        noteLeft = styles.plain(italic, HorizontalAlignment.LEFT, true);
        unitNote = styles.plain(italic, HorizontalAlignment.RIGHT, false);

        columnTitle = styles.bordered(bold, HorizontalAlignment.CENTER, true);
        columnLetter = styles.bordered(italic, HorizontalAlignment.CENTER, false);
        index = styles.bordered(regular, HorizontalAlignment.CENTER, false);
        text = styles.bordered(regular, HorizontalAlignment.LEFT, true);
        text.setDataFormat(textFormat);
        money = styles.bordered(regular, HorizontalAlignment.RIGHT, false);
        money.setDataFormat(moneyFormat);
        percent = styles.bordered(regular, HorizontalAlignment.RIGHT, false);
        percent.setDataFormat(percentFormat);
        blank = styles.bordered(regular, HorizontalAlignment.LEFT, false);
        sectionIndex = styles.bordered(bold, HorizontalAlignment.CENTER, false);
        sectionText = styles.bordered(bold, HorizontalAlignment.LEFT, true);
        sectionText.setDataFormat(textFormat);
        sectionMoney = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionMoney.setDataFormat(moneyFormat);
        sectionPercent = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionPercent.setDataFormat(percentFormat);
        totalLabel = styles.bordered(bold, HorizontalAlignment.CENTER, false);
        totalMoney = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        totalMoney.setDataFormat(moneyFormat);
        totalPercent = styles.bordered(bold, HorizontalAlignment.RIGHT, false);
        totalPercent.setDataFormat(percentFormat);
        for (CellStyle indented : new CellStyle[] {text, money, percent, sectionText, sectionMoney, sectionPercent, totalMoney,
            totalPercent}) {
            indented.setIndention((short) 1);
        }

        words = styles.plain(boldItalic, HorizontalAlignment.LEFT, true);
        placeDate = styles.plain(italic, HorizontalAlignment.CENTER, false);
        signTitle = styles.plain(bold, HorizontalAlignment.CENTER, false);
        signNote = styles.plain(italic, HorizontalAlignment.CENTER, false);
        signName = styles.plain(bold, HorizontalAlignment.CENTER, false);
    }

    /** The same style with the quote prefix set, for a text that starts like a formula ({@link StyleFactory#quoted}). */
    CellStyle quoted(CellStyle base) {
        return styles.quoted(base);
    }

    boolean bold(CellStyle style) {
        return workbook.getFontAt(style.getFontIndex()).getBold();
    }
}
