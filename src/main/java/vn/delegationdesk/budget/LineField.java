package vn.delegationdesk.budget;

/** The parts of a budget line the user can change. */
public enum LineField {
    CONTENT, UNIT, QUANTITY, TIMES, UNIT_PRICE, BASIS
}
