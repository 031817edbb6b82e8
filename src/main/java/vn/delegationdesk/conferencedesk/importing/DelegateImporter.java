package vn.delegationdesk.conferencedesk.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.delegationdesk.conferencedesk.Delegate;
import vn.delegationdesk.delegation.member.roster.FieldColumns;
import vn.delegationdesk.delegation.member.roster.RosterException;
import vn.delegationdesk.delegation.member.roster.RosterSheet;
import vn.delegationdesk.delegation.member.roster.WorkbookReader;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * The delegate list of a conference from an Excel workbook (.xlsx), read by the member import's guarded, streaming
 * {@link WorkbookReader} (the same limits on size, rows, cells and merged regions, merged cells spread the same way),
 * its header row found by the delegate list's titles ({@link DelegateHeaders}); the mapping guessed from the titles, and
 * the preview ({@link DelegatePreviewer}). Touches no store: the rows reach the list on screen, and are stored only when
 * the user saves it. Thread-safe: call it from background work.
 */
public final class DelegateImporter {
    private static final OperationLog LOG = OperationLog.of(DelegateImporter.class);
    /** The member list's messages that speak of "danh sách thành viên", and the delegate list's words for them. */
    private static final Map<String, String> DELEGATE_WORDING = Map.of(
            "roster.error.empty", "conferencedesk.import.error.empty",
            "roster.error.noHeader", "conferencedesk.import.error.noHeader",
            "roster.error.tooManyRows", "conferencedesk.import.error.tooManyRows");

    private final WorkbookReader reader = new WorkbookReader();
    private final DelegatePreviewer previewer = new DelegatePreviewer();

    /** The delegate list of an .xlsx; every failure is a {@link RosterException} with a Vietnamese message naming the file. */
    public RosterSheet read(Path file) {
        return LOG.call("read-delegate-workbook", op -> {
            try {
                RosterSheet sheet = reader.read(file, DelegateHeaders.TITLES::isKnown);
                op.count("rows", sheet.rows().size()).count("columns", sheet.columnCount());
                return sheet;
            } catch (RosterException e) {
                String key = DELEGATE_WORDING.get(e.messageKey());
                throw key == null ? e : new RosterException(key, e.args(), e.getMessage(), e);
            }
        });
    }

    /** The likely mapping of the sheet's columns by their titles, the leftmost column first. */
    public FieldColumns<DelegateField> guessMapping(RosterSheet sheet) {
        return FieldColumns.guess(DelegateField.class, sheet.headers(), DelegateHeaders.TITLES);
    }

    public DelegateImportPreview preview(RosterSheet sheet, FieldColumns<DelegateField> mapping, String conferenceId,
            List<Delegate> existing) {
        return previewer.preview(sheet, mapping, conferenceId, existing);
    }
}
