package vn.delegationdesk.delegation.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.delegationdesk.delegation.member.DelegationRole;
import vn.delegationdesk.delegation.member.Member;

/**
 * Filled seats against the plan's quotas: per group and per sending unit of the group, members counted by
 * their group and unit (units compared by {@code unitKey}, which the caller makes case- and mark-insensitive).
 * Members of a group whose unit has no quota there count as "outside the quotas".
 */
public final class QuotaCount {
    /** How a count compares with its seats. */
    public enum State { COMPLETE, UNDER, OVER }

    public record UnitCount(String unit, int filled, int seats, State state) {
    }

    public record GroupCount(String groupId, String name, int filled, int planned, State state, List<UnitCount> units,
            int outsideQuotas) {
        public GroupCount {
            units = List.copyOf(units);
        }
    }

    /** Everything the quota panel shows. {@code unassigned}: members in no known group. */
    public record Result(List<GroupCount> groups, int filled, int unassigned, int heads) {
        public Result {
            groups = List.copyOf(groups);
        }
    }

    private QuotaCount() {
    }

    public static Result of(List<MemberGroup> groups, List<Member> members, java.util.function.Function<String, String> unitKey) {
        Map<String, Map<String, Integer>> byGroupAndUnit = new HashMap<>();
        Map<String, Integer> byGroup = new HashMap<>();
        Set<String> known = groups.stream().map(MemberGroup::id).collect(Collectors.toSet());
        int unassigned = 0;
        int heads = 0;
        for (Member m : members) {
            if (m.role() == DelegationRole.HEAD) {
                heads++;
            }
            if (!known.contains(m.groupId())) {
                unassigned++;
                continue;
            }
            byGroup.merge(m.groupId(), 1, Integer::sum);
            byGroupAndUnit.computeIfAbsent(m.groupId(), k -> new HashMap<>()).merge(unitKey.apply(m.sendingUnit()), 1, Integer::sum);
        }
        List<GroupCount> counts = new ArrayList<>();
        for (MemberGroup group : groups) {
            Map<String, Integer> units = byGroupAndUnit.getOrDefault(group.id(), Map.of());
            List<UnitCount> unitCounts = new ArrayList<>();
            int inQuotas = 0;
            for (Quota quota : group.quotas()) {
                int filled = units.getOrDefault(unitKey.apply(quota.sendingUnit()), 0);
                inQuotas += filled;
                unitCounts.add(new UnitCount(quota.sendingUnit(), filled, quota.seats(), state(filled, quota.seats())));
            }
            int filled = byGroup.getOrDefault(group.id(), 0);
            counts.add(new GroupCount(group.id(), group.name(), filled, group.plannedSeats(), state(filled, group.plannedSeats()),
                    unitCounts, filled - inQuotas));
        }
        return new Result(counts, members.size(), unassigned, heads);
    }

    public static State state(int filled, int seats) {
        if (filled == seats) {
            return State.COMPLETE;
        }
        return filled < seats ? State.UNDER : State.OVER;
    }
}
