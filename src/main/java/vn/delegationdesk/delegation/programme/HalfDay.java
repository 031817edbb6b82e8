package vn.delegationdesk.delegation.programme;

/**
 * A session of a programme day. {@link #ALL_DAY} exists because real plans write a whole day as one
 * entry ("Ngày 15/10: Khảo sát thực tế").
 */
public enum HalfDay {
    ALL_DAY, MORNING, AFTERNOON, EVENING
}
