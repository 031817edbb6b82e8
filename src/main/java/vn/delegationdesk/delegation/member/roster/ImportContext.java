package vn.delegationdesk.delegation.member.roster;

import java.util.List;
import vn.delegationdesk.delegation.group.MemberGroup;
import vn.delegationdesk.delegation.member.Member;

/**
 * What an import is checked against: the members the delegation already has (ID numbers, the one head, taken
 * ids) and its composition groups (the GROUP column, or the group inferred from the sending unit's quota).
 */
public record ImportContext(List<Member> existingMembers, List<MemberGroup> groups) {
    public static final ImportContext EMPTY = new ImportContext(List.of(), List.of());

    public ImportContext {
        existingMembers = List.copyOf(existingMembers);
        groups = List.copyOf(groups);
    }
}
