package vn.delegationdesk.delegation.member.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.io.ReplacingFileWriter;
import vn.delegationdesk.platform.io.WriteFailures;

/**
 * Writes members to an .xlsx the importer reads back unchanged: one sheet, a bold frozen header row with the
 * titles of {@link HeaderNames}, an STT column, dates as real Excel dates shown dd/mm/yyyy, ID numbers and
 * phones as text (so no leading zero is lost), the group by name. The workbook is written to a temporary file
 * beside the target and then moved over it, so a failed export leaves the old file (if any) untouched.
 */
public final class RosterExporter {
    /** Column order of an exported list, after STT. */
    static final List<MemberField> COLUMNS = List.of(MemberField.FULL_NAME, MemberField.GENDER, MemberField.DATE_OF_BIRTH,
            MemberField.POSITION, MemberField.SENDING_UNIT, MemberField.GROUP, MemberField.ALLOWANCE_COEFFICIENT,
            MemberField.ON_STATE_PAYROLL, MemberField.PHONE, MemberField.ID_NUMBER, MemberField.ROLE, MemberField.NOTES);
    private static final String SHEET = "Danh sách thành viên";
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 120f;
    /** Column widths in characters: STT, then {@link #COLUMNS}. */
    private static final int[] WIDTHS = {6, 28, 10, 12, 30, 36, 30, 12, 11, 15, 16, 14, 30};

    public void export(List<Member> members, List<MemberGroup> groups, Path target) {
        try {
            ReplacingFileWriter.write(target, out -> {
                try (XSSFWorkbook workbook = build(members, groups)) {
                    workbook.write(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            throw RosterException.of("roster.error.cannotWrite", String.valueOf(e), e,
                    target.toAbsolutePath().getFileName().toString(), WriteFailures.reason(e));
        }
    }

    static XSSFWorkbook build(List<Member> members, List<MemberGroup> groups) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet(SHEET);
        Styles styles = new Styles(workbook);
        Row header = sheet.createRow(0);
        text(header, 0, HeaderNames.INDEX_TITLE, styles.header);
        for (int i = 0; i < COLUMNS.size(); i++) {
            text(header, i + 1, HeaderNames.title(COLUMNS.get(i)), styles.header);
        }
        Map<String, String> groupNames = new HashMap<>();
        groups.forEach(group -> groupNames.putIfAbsent(group.id(), group.name()));
        for (int r = 0; r < members.size(); r++) {
            Member member = members.get(r);
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(r + 1);
            row.getCell(0).setCellStyle(styles.plain);
            for (int i = 0; i < COLUMNS.size(); i++) {
                write(row, i + 1, COLUMNS.get(i), member, groupNames, styles);
            }
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        for (Row row : sheet) {
            fitHeight(row);
        }
        sheet.createFreezePane(0, 1);
        preparePrinting(sheet);
        return workbook;
    }

    /**
     * A clerk prints the list to check it with the units: A4 landscape, every column on one page width, the
     * header row on every page, page numbers at the foot.
     */
    private static void preparePrinting(Sheet sheet) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.getFooter().setCenter("Trang &P / &N");
    }

    private static void write(Row row, int column, MemberField field, Member member, Map<String, String> groupNames,
            Styles styles) {
        switch (field) {
            case FULL_NAME -> text(row, column, member.fullName(), styles.text);
            case GENDER -> text(row, column, RosterVocabulary.genderWord(member.gender()), styles.text);
            case DATE_OF_BIRTH -> {
                Cell cell = row.createCell(column);
                cell.setCellStyle(styles.date);
                if (member.dateOfBirth() != null) {
                    cell.setCellValue(member.dateOfBirth());
                }
            }
            case POSITION -> text(row, column, member.position(), styles.text);
            case SENDING_UNIT -> text(row, column, member.sendingUnit(), styles.text);
            case GROUP -> text(row, column, groupNames.getOrDefault(member.groupId(), member.groupId()), styles.text);
            case ALLOWANCE_COEFFICIENT -> {
                Cell cell = row.createCell(column);
                cell.setCellStyle(styles.coefficient);
                if (member.allowanceCoefficient() != null) {
                    cell.setCellValue(member.allowanceCoefficient().doubleValue());
                }
            }
            case ON_STATE_PAYROLL -> text(row, column, RosterVocabulary.payrollWord(member.onStatePayroll()), styles.text);
            case PHONE -> text(row, column, member.phone(), styles.text);
            case ID_NUMBER -> text(row, column, member.idNumber(), styles.text);
            case ROLE -> text(row, column, RosterVocabulary.roleWord(member.role()), styles.text);
            case NOTES -> text(row, column, member.notes(), styles.text);
            default -> throw new IllegalArgumentException(field.name());
        }
    }

    /**
     * Wrapped text needs a row tall enough for its lines; LibreOffice does not grow rows of an .xlsx by itself, so
     * the height is set from the longest cell (characters over column width, one line per 15 points).
     */
    private static void fitHeight(Row row) {
        int lines = 1;
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (column < WIDTHS.length && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                int length = cell.getStringCellValue().length();
                lines = Math.max(lines, (length + WIDTHS[column] - 2) / Math.max(1, WIDTHS[column] - 1));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(LINE_POINTS * lines, MAX_ROW_POINTS));
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    /** The few cell styles of the sheet, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle plain;
        final CellStyle text;
        final CellStyle date;
        final CellStyle coefficient;

        Styles(XSSFWorkbook workbook) {
            DataFormat formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            plain = bordered(workbook);
            text = bordered(workbook);
            text.setDataFormat(formats.getFormat("@"));
            text.setWrapText(true);
            date = bordered(workbook);
            date.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            coefficient = bordered(workbook);
            coefficient.setDataFormat(formats.getFormat("0.00"));
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
