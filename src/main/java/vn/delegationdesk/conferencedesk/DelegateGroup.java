package vn.delegationdesk.conferencedesk;

/**
 * Who a delegate comes for, in the order the sign-in sheet lists the groups: the leaders at the head table, the host
 * province's bodies, businesses, the delegation's own members, the press, and everyone else.
 */
public enum DelegateGroup {
    LEADERS, HOSTS, BUSINESSES, DELEGATION, PRESS, OTHER;

    /** The group's Vietnamese name (a message key): "Lãnh đạo", "Đơn vị nơi đến" … */
    public String labelKey() {
        return switch (this) {
            case LEADERS -> "conferencedesk.group.leaders";
            case HOSTS -> "conferencedesk.group.hosts";
            case BUSINESSES -> "conferencedesk.group.businesses";
            case DELEGATION -> "conferencedesk.group.delegation";
            case PRESS -> "conferencedesk.group.press";
            case OTHER -> "conferencedesk.group.other";
        };
    }
}
