package vn.delegationdesk.delegation.group;

import java.util.List;
import vn.delegationdesk.common.Texts;

/**
 * A composition group of the plan ("Đại diện các phòng khối quản lý nhà nước thuộc Sở: 12 người"),
 * with seats per sending unit.
 */
public record MemberGroup(String id, String name, String description, List<Quota> quotas) {
    public MemberGroup {
        id = Texts.clean(id);
        name = Texts.clean(name);
        description = Texts.clean(description);
        quotas = List.copyOf(quotas);
    }

    public int plannedSeats() {
        return quotas.stream().mapToInt(Quota::seats).sum();
    }
}
