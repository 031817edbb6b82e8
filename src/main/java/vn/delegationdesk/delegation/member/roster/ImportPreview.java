package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import vn.delegationdesk.delegation.member.Member;

/** The outcome of reading a sheet with a mapping, before anything is stored: accepted and rejected rows in row order. */
public record ImportPreview(List<AcceptedRow> accepted, List<RejectedRow> rejected) {
    public static final ImportPreview EMPTY = new ImportPreview(List.of(), List.of());

    public ImportPreview {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    /** The members to add, in row order. */
    public List<Member> members() {
        return accepted.stream().map(AcceptedRow::member).toList();
    }

    public int acceptedCount() {
        return accepted.size();
    }

    public int rejectedCount() {
        return rejected.size();
    }
}
