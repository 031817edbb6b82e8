package vn.delegationdesk.delegation.member.roster;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.platform.logging.OperationLog;

/**
 * The member list as an Excel workbook: read a unit's .xlsx, guess and remember the column mapping, preview the
 * import (accepted members and rejected rows, nothing stored), and export. Reading and previewing touch no
 * store; only {@link #rememberMapping} writes (one setting). Thread-safe: call it from background work. Reading a
 * workbook and exporting are lines of the support log, with counts only.
 */
public final class RosterService {
    private static final OperationLog LOG = OperationLog.of(RosterService.class);
    private final MappingMemory memory;
    private final WorkbookReader reader = new WorkbookReader();
    private final RosterPreviewer previewer;
    private final RosterExporter exporter = new RosterExporter();

    public RosterService(MappingMemory memory) {
        this(memory, Clock.systemDefaultZone());
    }

    /** With the clock that says what "today" is (a date of birth after it is refused). */
    public RosterService(MappingMemory memory, Clock clock) {
        this.memory = memory;
        this.previewer = new RosterPreviewer(clock);
    }

    /** The member list of an .xlsx; every failure is a {@link RosterException} with a Vietnamese message. */
    public RosterSheet read(Path file) {
        return LOG.call("read-member-workbook", op -> {
            RosterSheet sheet = reader.read(file);
            op.count("rows", sheet.rows().size()).count("columns", sheet.columnCount());
            return sheet;
        });
    }

    /** The likely mapping of the sheet's columns, the user's earlier choices for the same header texts first. */
    public ColumnMapping guessMapping(RosterSheet sheet) {
        return ColumnMapping.guess(sheet.headers(), memory.load());
    }

    public ImportPreview preview(RosterSheet sheet, ColumnMapping mapping, ImportContext context) {
        return previewer.preview(sheet, mapping, context);
    }

    /** Keeps the confirmed mapping (by header text) for the next import, over earlier choices. */
    public void rememberMapping(RosterSheet sheet, ColumnMapping mapping) {
        memory.save(memory.load().updatedWith(mapping.remember(sheet.headers())));
    }

    /** Writes {@code members} (groups by name) to an .xlsx at {@code target}, all or nothing. */
    public void export(List<Member> members, List<MemberGroup> groups, Path target) {
        LOG.call("export-members", op -> {
            op.count("members", members.size());
            exporter.export(members, groups, target);
            return target;
        });
    }
}
