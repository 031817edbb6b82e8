package vn.delegationdesk.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.member.roster.ColumnMapping;
import vn.delegationdesk.delegation.member.roster.ImportContext;
import vn.delegationdesk.delegation.member.roster.ImportPreview;
import vn.delegationdesk.delegation.member.roster.RosterService;
import vn.delegationdesk.delegation.member.roster.RosterSheet;

/**
 * Member-list workbooks as the import dialog takes them: read, guess the columns, preview against the sample
 * delegation, then save the delegation with the accepted members added (the editor's Lưu).
 */
final class RosterTarget implements FuzzTarget {
    private final FuzzStore store;

    RosterTarget(FuzzStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return "workbook";
    }

    @Override
    public Outcome run(Path file) {
        RosterService roster = store.services().roster();
        Delegation before = store.sample();
        ImportPreview preview;
        try {
            RosterSheet sheet = roster.read(file);
            ColumnMapping mapping = roster.guessMapping(sheet);
            preview = roster.preview(sheet, mapping, new ImportContext(before.members(), before.groups()));
        } catch (RuntimeException | Error failure) {
            return Judge.refusal(failure, store.messages());
        }
        if (preview.members().isEmpty()) {
            return Outcome.refused(preview.rejectedCount() + " dòng bị từ chối");
        }
        List<Member> members = new ArrayList<>(before.members());
        members.addAll(preview.members());
        Delegation after = before.toBuilder().members(members).build();
        try {
            store.services().delegations().save(after);
        } catch (RuntimeException | Error failure) {
            return Judge.refusal(failure, store.messages());
        }
        try {
            Delegation stored = store.sample();
            if (!stored.members().equals(after.members())) {
                return Outcome.broken("members stored other than previewed");
            }
            String forbidden = Judge.forbidden(preview.members().toString());
            return forbidden == null ? Outcome.accepted() : Outcome.broken("accepted a forbidden character: " + forbidden);
        } finally {
            store.services().delegations().save(before);
        }
    }
}
