package vn.delegationdesk.delegation.member.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds test workbooks in code: rows of values (String, Number, LocalDate, Boolean, null), merges, then save. */
public final class Workbooks {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private int nextRow;

    private Workbooks(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    public static Workbooks sheet(String name) {
        return new Workbooks(name);
    }

    /** The usual three-member list: header in row 1, rows 2–4. */
    public static Workbooks threeMembers() {
        return sheet("Danh sách")
                .row("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Đơn vị cử", "Số CCCD")
                .row(1, "Nguyễn Văn An", "Nam", LocalDate.of(1980, 5, 9), "Phòng Quản lý văn hóa", "001080012345")
                .row(2, "Trần Thị Bình", "Nữ", "12/03/1985", "Phòng Quản lý thể thao", "001185012346")
                .row(3, "Lê Văn Cường", "Nam", "31/02/1980", "Phòng Tổ chức", "12345");
    }

    public Workbooks row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                throw new IllegalArgumentException(value.getClass().getName());
            }
        }
        return this;
    }

    /** Leaves {@code count} rows out (they do not exist in the file). */
    public Workbooks skip(int count) {
        nextRow += count;
        return this;
    }

    /** A row that exists but holds only empty-string and blank cells. */
    public Workbooks blankRow() {
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue("");
        row.createCell(1);
        return this;
    }

    /** Merges a range given in A1 notation, such as "B1:C1". */
    public Workbooks merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    public Workbooks formula(int row, int column, String formula) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellFormula(formula);
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return this;
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    /** A member list of {@code count} valid rows with distinct ID numbers. */
    public static Workbooks members(int count) {
        Workbooks book = sheet("Danh sách").row("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Đơn vị cử",
                "Hệ số PCCV", "Biên chế", "Số điện thoại", "Số CCCD", "Vai trò", "Ghi chú");
        for (int i = 1; i <= count; i++) {
            book.row(i, "Thành viên số " + i, i % 2 == 0 ? "Nữ" : "Nam", LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28),
                    "Chuyên viên", "Phòng Quản lý văn hóa", "0,25", "x", "09" + String.format("%08d", i),
                    String.format("0010%08d", i), "Thành viên", "");
        }
        return book;
    }

    public static List<String> texts(RosterRow row) {
        List<String> texts = new ArrayList<>();
        row.cells().forEach(cell -> texts.add(cell.text()));
        return texts;
    }
}
