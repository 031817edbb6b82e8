package vn.delegationdesk.delegation.member.roster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.EmptyFileException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.delegationdesk.platform.io.ZipLimits;

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
 * Bounded in memory and time whatever the file: the archive is walked within {@link ZipLimits#OFFICE_DOCUMENT}
 * before any XML is parsed ({@link XlsxPackage}), and the parts are streamed (SAX, never a whole sheet in memory as
 * objects) within the limits below. Every failure, a passed limit too, is a {@link RosterException} naming the file
 * (and the limit, the sheet and the cell where there is one). Stateless and thread-safe.
 */
public final class WorkbookReader {
    /** Data rows a member list may have at most. */
    public static final int MAX_ROWS = 10_000;
    /** The header row must lie within the first rows of the sheet. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** Columns read at most; a value further right is refused. */
    static final int MAX_COLUMNS = 200;
    /** The longest text of one cell or shared string: Excel's own limit. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Cells holding a value in the sheet read: 10,000 rows of 100 columns. */
    static final int MAX_CELLS = 1_000_000;
    /** Merged regions of the sheet read. */
    static final int MAX_MERGED_REGIONS = 100_000;
    /** Cells the merged regions spread their value over (every cell of the largest grid, twice). */
    static final long MAX_MERGED_CELLS = 4_000_000;
    /** Strings of the shared-string table. */
    static final int MAX_SHARED_STRINGS = 500_000;
    /** Characters of text kept in all, shared strings and the cells' own text together (about 40 MB of memory). */
    static final long MAX_TEXT_CHARS = 20_000_000;
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** The member list of {@code file}, its header row found by the member list's titles ({@link HeaderNames}). */
    public RosterSheet read(Path file) {
        return read(file, HeaderNames::isKnown);
    }

    /**
     * Another list of {@code file} read the same way, its header row found by {@code knownTitle} (the conference desk's
     * delegate list: {@link TitleMatcher#isKnown}).
     */
    public RosterSheet read(Path file, Predicate<String> knownTitle) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FileMagic magic = magic(file, name);
        switch (magic) {
            case OOXML:
                return readXlsx(file, name, knownTitle);
            case OLE2:
                if (isEncrypted(file)) {
                    throw RosterException.of("roster.error.passwordProtected", "encrypted OOXML", null, name);
                }
                throw RosterException.of("roster.error.oldExcel", "OLE2 container, not encrypted", null, name);
            default:
                throw RosterException.of("roster.error.notXlsx", "file magic " + magic, null, name);
        }
    }

    static FileMagic magic(Path file, String name) {
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
    static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The visible sheets in order, then the hidden ones: the first holding a value is read. A sheet is parsed only
     * when every one before it turned out empty, and a part at most once (however many sheets name it), so that
     * no more XML is parsed than the archive's inflated limit.
     */
    private static RosterSheet readXlsx(Path file, String name, Predicate<String> knownTitle) {
        try (XlsxPackage pkg = XlsxPackage.open(file, name)) {
            List<XlsxPackage.SheetRef> order = new ArrayList<>();
            pkg.sheets().stream().filter(sheet -> !sheet.hidden()).forEach(order::add);
            pkg.sheets().stream().filter(XlsxPackage.SheetRef::hidden).forEach(order::add);
            TextBudget budget = new TextBudget();
            SharedStrings shared = null;
            CellFormats formats = null;
            Set<String> parsed = new HashSet<>();
            for (XlsxPackage.SheetRef sheet : order) {
                if (!parsed.add(sheet.part())) {
                    continue;
                }
                if (shared == null) {
                    shared = pkg.sharedStringsPart().map(part -> SharedStrings.read(pkg, part, name, budget))
                            .orElse(SharedStrings.NONE);
                    formats = pkg.stylesPart().map(part -> CellFormats.read(pkg, part, name)).orElse(CellFormats.NONE);
                }
                SheetGrid grid = new SheetGrid(sheet.name());
                pkg.parse(sheet.part(), new SheetHandler(grid, name, shared, formats, pkg.date1904(), budget));
                if (!grid.isEmpty()) {
                    return new SheetScan(grid, name, knownTitle).scan();
                }
            }
            throw RosterException.of("roster.error.noData", "no sheet with data", null, name);
        } catch (RosterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw XlsxPackage.corrupt(name, e);
        }
    }

    /** 1085012345.0 as "1085012345", 0.30000000000000004 as "0.3": never ".0" nor an exponent. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return new BigDecimal(value, EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
