package vn.delegationdesk.settlement.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    SettlementStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints(BODY_POINTS);
        XSSFFont regular = font(false, false, BODY_POINTS);
        XSSFFont bold = font(true, false, BODY_POINTS);
        XSSFFont italic = font(false, true, BODY_POINTS);
        XSSFFont boldItalic = font(true, true, BODY_POINTS);
        XSSFFont small = font(false, true, (short) 11);
        XSSFFont big = font(true, false, (short) 15);
        short moneyFormat = workbook.createDataFormat().getFormat(MONEY_FORMAT);
        short percentFormat = workbook.createDataFormat().getFormat(PERCENT_FORMAT);
        short textFormat = workbook.createDataFormat().getFormat("@");

        left = plain(regular, HorizontalAlignment.LEFT, false);
        leftBold = plain(bold, HorizontalAlignment.LEFT, false);
        leftWrap = plain(regular, HorizontalAlignment.LEFT, true);
        centered = plain(regular, HorizontalAlignment.CENTER, true);
        centeredBold = plain(bold, HorizontalAlignment.CENTER, true);
        formCode = plain(bold, HorizontalAlignment.CENTER, false);
        formBasis = plain(small, HorizontalAlignment.CENTER, true);
        title = plain(big, HorizontalAlignment.CENTER, false);
        subtitle = plain(bold, HorizontalAlignment.CENTER, true);
        note = plain(italic, HorizontalAlignment.CENTER, true);
        noteLeft = plain(italic, HorizontalAlignment.LEFT, true);
        unitNote = plain(italic, HorizontalAlignment.RIGHT, false);

        columnTitle = bordered(bold, HorizontalAlignment.CENTER, true);
        columnLetter = bordered(italic, HorizontalAlignment.CENTER, false);
        index = bordered(regular, HorizontalAlignment.CENTER, false);
        text = bordered(regular, HorizontalAlignment.LEFT, true);
        text.setDataFormat(textFormat);
        money = bordered(regular, HorizontalAlignment.RIGHT, false);
        money.setDataFormat(moneyFormat);
        percent = bordered(regular, HorizontalAlignment.RIGHT, false);
        percent.setDataFormat(percentFormat);
        blank = bordered(regular, HorizontalAlignment.LEFT, false);
        sectionIndex = bordered(bold, HorizontalAlignment.CENTER, false);
        sectionText = bordered(bold, HorizontalAlignment.LEFT, true);
        sectionText.setDataFormat(textFormat);
        sectionMoney = bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionMoney.setDataFormat(moneyFormat);
        sectionPercent = bordered(bold, HorizontalAlignment.RIGHT, false);
        sectionPercent.setDataFormat(percentFormat);
        totalLabel = bordered(bold, HorizontalAlignment.CENTER, false);
        totalMoney = bordered(bold, HorizontalAlignment.RIGHT, false);
        totalMoney.setDataFormat(moneyFormat);
        totalPercent = bordered(bold, HorizontalAlignment.RIGHT, false);
        totalPercent.setDataFormat(percentFormat);
        for (CellStyle indented : new CellStyle[] {text, money, percent, sectionText, sectionMoney, sectionPercent, totalMoney,
            totalPercent}) {
            indented.setIndention((short) 1);
        }

        words = plain(boldItalic, HorizontalAlignment.LEFT, true);
        placeDate = plain(italic, HorizontalAlignment.CENTER, false);
        signTitle = plain(bold, HorizontalAlignment.CENTER, false);
        signNote = plain(italic, HorizontalAlignment.CENTER, false);
        signName = plain(bold, HorizontalAlignment.CENTER, false);
    }

    /**
     * The same style with the quote prefix set, for a text that starts like a formula ("=", "+", "-", "@"): the cell is a
     * string already, the prefix makes Excel and LibreOffice keep it one when the cell is edited.
     */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    boolean bold(CellStyle style) {
        return workbook.getFontAt(style.getFontIndex()).getBold();
    }

    private XSSFFont font(boolean isBold, boolean isItalic, short points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(isBold);
        font.setItalic(isItalic);
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
