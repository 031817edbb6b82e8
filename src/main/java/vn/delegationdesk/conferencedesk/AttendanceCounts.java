package vn.delegationdesk.conferencedesk;

import java.util.ArrayList;
import java.util.List;

/** The live count of the check-in desk: one {@link GroupCount} per group in the groups' order, and the total. */
public record AttendanceCounts(List<GroupCount> groups, GroupCount total) {
    public AttendanceCounts {
        groups = List.copyOf(groups);
    }

    /** The counts of {@code delegates}. */
    public static AttendanceCounts of(List<Delegate> delegates) {
        int n = DelegateGroup.values().length;
        int[][] c = new int[n + 1][6];
        for (Delegate d : delegates) {
            for (int row : new int[] {d.group().ordinal(), n}) {
                int[] counts = c[row];
                if (!d.walkIn()) {
                    counts[0]++;
                    if (d.status() == DelegateStatus.CONFIRMED || d.status() == DelegateStatus.ATTENDED) {
                        counts[1]++;
                    }
                    if (d.status() == DelegateStatus.DECLINED) {
                        counts[2]++;
                    }
                } else {
                    counts[4]++;
                }
                if (d.attended()) {
                    counts[3]++;
                    if (!d.onPayroll()) {
                        counts[5]++;
                    }
                }
            }
        }
        List<GroupCount> groups = new ArrayList<>();
        for (DelegateGroup group : DelegateGroup.values()) {
            groups.add(count(group, c[group.ordinal()]));
        }
        return new AttendanceCounts(groups, count(null, c[n]));
    }

    private static GroupCount count(DelegateGroup group, int[] c) {
        return new GroupCount(group, c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /** The count of {@code group}. */
    public GroupCount of(DelegateGroup group) {
        return groups.get(group.ordinal());
    }
}
