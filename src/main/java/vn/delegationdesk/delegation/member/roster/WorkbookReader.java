package vn.delegationdesk.delegation.member.roster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the member list of an Excel workbook (.xlsx): the first visible sheet holding data, its header row, and
 * every non-empty row below it as text.
 * <ul>
 *   <li>The header row is the first of the top rows holding at least two known member-list titles
 *       ({@link HeaderNames}); failing that, the first row with at least two text cells. So a title row ("DANH
 *       SÁCH CÁN BỘ…", one merged cell) or the two-sided national heading above the table is skipped.</li>
 *   <li>A merged cell's value applies to every column it spans. A two-row header (a merged "Thông tin cá nhân"
 *       over "Họ và tên | Ngày sinh", the other titles merged down both rows) gives the lower row's titles.</li>
 *   <li>Cells come out as text, NFC-normalised: numbers without ".0" or exponent (rounded to 15 digits, as Excel
 *       shows them), date-formatted cells as dd/MM/yyyy, booleans as TRUE/FALSE, formulas by their cached value.</li>
 * </ul>
 * Every failure is a {@link RosterException} naming the file. POI's zip-bomb guard ({@code ZipSecureFile}
 * defaults) stays on. Stateless and thread-safe.
 */
public final class WorkbookReader {
    /** Data rows a member list may have at most. */
    public static final int MAX_ROWS = 10_000;
    /** The header row must lie within the first rows of the sheet. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** Columns read at most; cells further right are ignored. */
    static final int MAX_COLUMNS = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** Merged regions larger than this are decoration (a frame over the whole table) and are not spread. */
    private static final long MAX_MERGED_AREA = 20_000;

    public RosterSheet read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FileMagic magic = magic(file, name);
        switch (magic) {
            case OOXML:
                return readXlsx(file, name);
            case OLE2:
                if (isEncrypted(file)) {
                    throw RosterException.of("roster.error.passwordProtected", "encrypted OOXML", null, name);
                }
                throw RosterException.of("roster.error.oldExcel", "OLE2 container, not encrypted", null, name);
            default:
                throw RosterException.of("roster.error.notXlsx", "file magic " + magic, null, name);
        }
    }

    private static FileMagic magic(Path file, String name) {
        try {
            if (!Files.isRegularFile(file)) {
                throw RosterException.of("roster.error.fileNotFound", "no such file", null, file.toString());
            }
            if (Files.size(file) == 0) {
                throw RosterException.of("roster.error.empty", "0 bytes", null, name);
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
                return FileMagic.valueOf(in);
            }
        } catch (NoSuchFileException e) {
            throw RosterException.of("roster.error.fileNotFound", "no such file", e, file.toString());
        } catch (EmptyFileException e) {
            throw RosterException.of("roster.error.empty", "empty", e, name);
        } catch (IOException e) {
            throw RosterException.of("roster.error.unreadable", String.valueOf(e), e, name, String.valueOf(e.getMessage()));
        }
    }

    /** Excel saves a password-protected .xlsx as an OLE2 container holding the encrypted package. */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static RosterSheet readXlsx(Path file, String name) {
        OPCPackage pkg;
        try {
            checkZipDirectory(file);
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw corrupt(name, e);
        }
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            Sheet sheet = firstSheetWithData(workbook);
            if (sheet == null) {
                throw RosterException.of("roster.error.noData", "no sheet with data", null, name);
            }
            return new SheetScan(sheet, name).scan();
        } catch (RosterException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(name, e);
        } finally {
            // READ access: revert, not close (close would try to save and log a warning).
            pkg.revert();
        }
    }

    /**
     * A truncated .xlsx has lost its zip directory; POI would then fall back to reading the entries one by one and
     * might return part of the list, so such a file is refused here.
     */
    private static void checkZipDirectory(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() == 0) {
                throw new ZipException("no entries");
            }
        }
    }

    private static RosterException corrupt(String name, Exception e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("Zip bomb")) {
            return RosterException.of("roster.error.suspicious", detail, e, name);
        }
        return RosterException.of("roster.error.corrupt", e.getClass().getName() + ": " + detail, e, name);
    }

    private static Sheet firstSheetWithData(XSSFWorkbook workbook) {
        Sheet hiddenWithData = null;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (hasData(sheet)) {
                if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                    return sheet;
                }
                if (hiddenWithData == null) {
                    hiddenWithData = sheet;
                }
            }
        }
        return hiddenWithData;
    }

    private static boolean hasData(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!cellValue(cell).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text of one cell, its formula's cached value for a formula. */
    static RosterCell cellValue(Cell cell) {
        if (cell == null) {
            return RosterCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return new RosterCell(cell.getRichStringCellValue().getString(), false);
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return new RosterCell(DATE.format(cell.getLocalDateTimeCellValue().toLocalDate()), false);
                }
                return new RosterCell(number(cell.getNumericCellValue()), true);
            case BOOLEAN:
                return new RosterCell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", false);
            case ERROR:
                return new RosterCell(FormulaError.forInt(cell.getErrorCellValue()).getString(), false);
            default:
                return RosterCell.BLANK;
        }
    }

    /** 1085012345.0 as "1085012345", 0.30000000000000004 as "0.3": never ".0" nor an exponent. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return new BigDecimal(value, EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** One pass over a sheet: merged regions, header row(s), data rows. */
    private static final class SheetScan {
        private final Sheet sheet;
        private final String fileName;
        private final Map<Long, CellRangeAddress> merged = new HashMap<>();
        private final Map<Integer, Integer> mergedWidth = new HashMap<>();
        private final List<CellRangeAddress> regions;

        SheetScan(Sheet sheet, String fileName) {
            this.sheet = sheet;
            this.fileName = fileName;
            this.regions = sheet.getMergedRegions();
            for (CellRangeAddress region : regions) {
                long area = (long) (region.getLastRow() - region.getFirstRow() + 1)
                        * (Math.min(region.getLastColumn(), MAX_COLUMNS) - region.getFirstColumn() + 1);
                if (area > 1 && area <= MAX_MERGED_AREA) {
                    for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                        mergedWidth.merge(r, Math.min(region.getLastColumn() + 1, MAX_COLUMNS), Math::max);
                        for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), MAX_COLUMNS); c++) {
                            merged.put(at(r, c), region);
                        }
                    }
                }
            }
        }

        RosterSheet scan() {
            int headerRow = findHeaderRow();
            if (headerRow < 0) {
                throw RosterException.of("roster.error.noHeader", "no header row", null, fileName, sheet.getSheetName());
            }
            int depth = headerDepth(headerRow);
            int lastHeaderRow = headerRow + depth - 1;
            List<RosterRow> rows = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                if (row.getRowNum() <= lastHeaderRow) {
                    continue;
                }
                List<RosterCell> cells = rowCells(row);
                if (cells.isEmpty()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw RosterException.of("roster.error.tooManyRows", "more than " + MAX_ROWS + " rows", null, fileName,
                            MAX_ROWS);
                }
                rows.add(new RosterRow(row.getRowNum() + 1, cells));
                width = Math.max(width, cells.size());
            }
            List<String> headers = headers(headerRow, lastHeaderRow);
            while (headers.size() < width) {
                headers.add("");
            }
            return new RosterSheet(fileName, sheet.getSheetName(), lastHeaderRow + 1, headers, rows);
        }

        /**
         * The cells of a row up to its last non-blank one, a merged region's value in each of its cells (a unit
         * merged down over its members' rows); empty for a row without any value of its own.
         */
        private List<RosterCell> rowCells(Row row) {
            List<RosterCell> cells = new ArrayList<>();
            boolean own = false;
            int last = -1;
            int end = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            int r = row.getRowNum();
            end = Math.max(end, mergedWidth.getOrDefault(r, 0));
            for (int c = 0; c < end; c++) {
                RosterCell physical = cellValue(row.getCell(c));
                own |= !physical.isBlank();
                RosterCell cell = physical.isBlank() && merged.containsKey(at(r, c)) ? valueAt(r, c) : physical;
                cells.add(cell);
                if (!cell.isBlank()) {
                    last = c;
                }
            }
            return own ? cells.subList(0, last + 1) : List.of();
        }

        private int findHeaderRow() {
            int firstTextRow = -1;
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                int texts = 0;
                int known = 0;
                for (Cell cell : row) {
                    RosterCell value = cellValue(cell);
                    if (!value.isBlank() && !value.numeric()) {
                        texts++;
                        if (HeaderNames.isKnown(value.text())) {
                            known++;
                        }
                    }
                }
                if (known >= 2) {
                    return r;
                }
                if (texts >= 2 && firstTextRow < 0) {
                    firstTextRow = r;
                }
            }
            return firstTextRow;
        }

        /**
         * 1, or more when the header row's titles are merged down over the rows below, or when a title merged across
         * columns has sub-titles below it and every other cell of that row belongs to the header.
         */
        private int headerDepth(int headerRow) {
            int depth = 1;
            boolean spansColumns = false;
            for (CellRangeAddress region : regions) {
                if (region.getFirstRow() == headerRow) {
                    depth = Math.max(depth, region.getLastRow() - region.getFirstRow() + 1);
                    spansColumns |= region.getLastColumn() > region.getFirstColumn() && region.getLastRow() == headerRow;
                }
            }
            if (depth == 1 && spansColumns && isSubHeader(headerRow, sheet.getRow(headerRow + 1))) {
                depth = 2;
            }
            return Math.min(depth, 3);
        }

        private boolean isSubHeader(int headerRow, Row below) {
            if (below == null) {
                return false;
            }
            boolean any = false;
            for (Cell cell : below) {
                RosterCell value = cellValue(cell);
                if (value.isBlank()) {
                    continue;
                }
                CellRangeAddress above = merged.get(at(headerRow, cell.getColumnIndex()));
                boolean underSpan = above != null && above.getLastColumn() > above.getFirstColumn()
                        && above.getFirstRow() == headerRow && above.getLastRow() == headerRow;
                if (!underSpan || value.numeric()) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        /** Per column, the lowest non-blank title of the header rows, merged values spread over their span. */
        private List<String> headers(int firstRow, int lastRow) {
            int width = 0;
            for (int r = firstRow; r <= lastRow; r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    width = Math.max(width, Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS));
                }
            }
            for (CellRangeAddress region : regions) {
                if (region.getFirstRow() <= lastRow && region.getLastRow() >= firstRow) {
                    width = Math.max(width, Math.min(region.getLastColumn() + 1, MAX_COLUMNS));
                }
            }
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String title = "";
                for (int r = lastRow; r >= firstRow && title.isEmpty(); r--) {
                    title = valueAt(r, c).text();
                }
                headers.add(title);
            }
            int last = headers.size() - 1;
            while (last >= 0 && headers.get(last).isEmpty()) {
                headers.remove(last--);
            }
            return headers;
        }

        private RosterCell valueAt(int r, int c) {
            CellRangeAddress region = merged.get(at(r, c));
            int row = region == null ? r : region.getFirstRow();
            int column = region == null ? c : region.getFirstColumn();
            Row cells = sheet.getRow(row);
            return cells == null ? RosterCell.BLANK : cellValue(cells.getCell(column));
        }

        private static long at(int row, int column) {
            return ((long) row << 20) | column;
        }
    }
}
