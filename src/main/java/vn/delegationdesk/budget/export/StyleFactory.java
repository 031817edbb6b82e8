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
 * The cell styles every workbook of the app is made of (the estimate's, the settlement's): fonts of one face, plain or
 * thin-bordered cells centred vertically, and the quote-prefixed twin of a style for texts that look like formulas.
 */
public final class StyleFactory {
    private final XSSFWorkbook workbook;
    private final String face;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    public StyleFactory(XSSFWorkbook workbook, String face) {
        this.workbook = workbook;
        this.face = face;
    }

    public XSSFFont font(boolean bold, boolean italic, short points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(face);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    public CellStyle plain(XSSFFont font, HorizontalAlignment alignment, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(wrap);
        return style;
    }

    public CellStyle bordered(XSSFFont font, HorizontalAlignment alignment, boolean wrap) {
        CellStyle style = plain(font, alignment, wrap);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /**
     * The same style with the quote prefix set, for a text that starts like a formula ("=", "+", "-", "@"): the cell is a
     * string already, the prefix makes Excel and LibreOffice keep it one when the cell is edited.
     */
    public CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
        });
    }
}
