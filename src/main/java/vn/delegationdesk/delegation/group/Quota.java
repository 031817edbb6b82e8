package vn.delegationdesk.delegation.group;

import vn.delegationdesk.common.Texts;

/** Seats a sending unit has in a composition group. */
public record Quota(String sendingUnit, int seats) {
    public Quota {
        sendingUnit = Texts.clean(sendingUnit);
    }
}
