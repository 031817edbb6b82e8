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
    OTHER;

    /** The flat lodging allowance (khoán) of a member below the leaders' coefficient at a stop of this category. */
    public RateKey flatLodgingKey() {
        return switch (this) {
            case CITY -> RateKey.LODGING_FLAT_CITY;
            case PROVINCE -> RateKey.LODGING_FLAT_PROVINCE;
            case OTHER -> RateKey.LODGING_FLAT_OTHER;
        };
    }

    /** The invoice cap of a room for two (also the cap of the odd member's single room) at a stop of this category. */
    public RateKey sharedRoomKey() {
        return this == CITY ? RateKey.LODGING_INVOICE_SHARED_CITY : RateKey.LODGING_INVOICE_SHARED_OTHER;
    }

    /** The invoice cap of a leader's room of one's own (coefficient from 1,25) at a stop of this category. */
    public RateKey seniorRoomKey() {
        return this == CITY ? RateKey.LODGING_INVOICE_SENIOR_CITY : RateKey.LODGING_INVOICE_SENIOR_OTHER;
    }
}
