package vn.delegationdesk.delegation;

import java.time.LocalDate;
import java.util.List;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.delegation.responsibility.Responsibility;
import vn.delegationdesk.delegation.responsibility.TaskStatus;

/**
 * A new delegation from an earlier one ("Sao chép từ đoàn trước"): the same structure, quotas, programme
 * shape, conferences and responsibilities, moved to a new start date. It is a new plan: a draft, not yet
 * numbered or dated, every unit's work not started, never the sample itself; the members come along only when
 * asked, since the people usually change from one trip to the next.
 */
public final class DelegationCopy {
    private DelegationCopy() {
    }

    public static Delegation of(Delegation source, LocalDate newStart, boolean withMembers) {
        Delegation moved = newStart == null ? source : DelegationDates.startingOn(source, newStart);
        List<Responsibility> fresh = moved.responsibilities().stream().map(r -> new Responsibility(r.unit(), r.role(),
                r.duties(), r.dueDate(), TaskStatus.NOT_STARTED)).toList();
        // Copied members keep their own sample mark: invented people stay marked as invented.
        List<Member> members = withMembers ? moved.members() : List.of();
        return moved.toBuilder()
                .id(null)
                .status(DelegationStatus.DRAFT)
                .document(new DocumentInfo("", moved.document().symbol(), moved.document().place(), null))
                .responsibilities(fresh)
                .members(members)
                .sample(false)
                .build();
    }
}
