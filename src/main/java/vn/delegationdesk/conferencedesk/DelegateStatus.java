package vn.delegationdesk.conferencedesk;

/** Where a delegate stands: invited, confirmed, declined, or attended (checked in at the desk). */
public enum DelegateStatus {
    INVITED, CONFIRMED, DECLINED, ATTENDED;

    /** The status's Vietnamese name (a message key): "Đã mời", "Xác nhận dự" … */
    public String labelKey() {
        return switch (this) {
            case INVITED -> "conferencedesk.status.invited";
            case CONFIRMED -> "conferencedesk.status.confirmed";
            case DECLINED -> "conferencedesk.status.declined";
            case ATTENDED -> "conferencedesk.status.attended";
        };
    }
}
