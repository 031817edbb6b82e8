package vn.delegationdesk.delegation.member.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Every sheet of an .xlsx as text, read through the same guarded, streaming path as the member list
 * ({@link WorkbookReader}): the archive inspected within its limits before any XML is parsed, bounded SAX parsing, the
 * same cell texts (dates "dd/MM/yyyy", numbers without ".0") and the same limits on cells, rows, shared strings and
 * text. For other features' return files (a plan's task table): the caller finds its own header. Merged regions are not
 * spread; hidden sheets are read too (a file may mark itself in one). Failures are {@link RosterException}s naming the
 * file. Stateless and thread-safe.
 */
public final class XlsxGrids {
    /** One sheet as read: its name, whether it is hidden, and its rows holding a value (1-based numbers). */
    public record Sheet(String name, boolean hidden, List<RosterRow> rows) {
        public Sheet {
            rows = List.copyOf(rows);
        }
    }

    private XlsxGrids() {
    }

    /** The sheets of {@code file} in the workbook's order. */
    public static List<Sheet> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FileMagic magic = WorkbookReader.magic(file, name);
        if (magic == FileMagic.OLE2) {
            if (WorkbookReader.isEncrypted(file)) {
                throw RosterException.of("roster.error.passwordProtected", "encrypted OOXML", null, name);
            }
            throw RosterException.of("roster.error.oldExcel", "OLE2 container, not encrypted", null, name);
        }
        if (magic != FileMagic.OOXML) {
            throw RosterException.of("roster.error.notXlsx", "file magic " + magic, null, name);
        }
        try (XlsxPackage pkg = XlsxPackage.open(file, name)) {
            TextBudget budget = new TextBudget();
            SharedStrings shared = pkg.sharedStringsPart().map(part -> SharedStrings.read(pkg, part, name, budget))
                    .orElse(SharedStrings.NONE);
            CellFormats formats = pkg.stylesPart().map(part -> CellFormats.read(pkg, part, name)).orElse(CellFormats.NONE);
            List<Sheet> sheets = new ArrayList<>();
            Set<String> parsed = new HashSet<>();
            for (XlsxPackage.SheetRef sheet : pkg.sheets()) {
                if (!parsed.add(sheet.part())) {
                    continue;
                }
                SheetGrid grid = new SheetGrid(sheet.name());
                pkg.parse(sheet.part(), new SheetHandler(grid, name, shared, formats, pkg.date1904(), budget));
                List<RosterRow> rows = new ArrayList<>();
                for (Map.Entry<Integer, RosterCell[]> row : grid.rows().entrySet()) {
                    List<RosterCell> cells = new ArrayList<>();
                    for (RosterCell cell : row.getValue()) {
                        cells.add(cell == null ? RosterCell.BLANK : cell);
                    }
                    rows.add(new RosterRow(row.getKey() + 1, cells));
                }
                sheets.add(new Sheet(sheet.name(), sheet.hidden(), rows));
            }
            return sheets;
        } catch (RosterException e) {
            throw e;
        } catch (RuntimeException e) {
            throw XlsxPackage.corrupt(name, e);
        }
    }
}
