package vn.delegationdesk.budget;

/**
 * The rate category of a stop, chosen by the user: since the two-level local government of 01/7/2025 the
 * regulation's place categories no longer follow from a place name.
 */
public enum StopCategory {
    /** Thành phố trực thuộc Trung ương; under TT 40 also a city that is a grade-I urban area of a province. */
    CITY,
    /** A province's towns and cities, districts of a central city. */
    PROVINCE,
    /** Vùng còn lại. */
    OTHER
}
