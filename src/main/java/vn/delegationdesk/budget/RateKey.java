package vn.delegationdesk.budget;

/**
 * The values a rate set can hold. Each is a cap or a price in whole đồng for one unit named by
 * {@link #unit()}; which key applies to a line is decided by {@link EstimateCalculator}.
 */
public enum RateKey {
    PER_DIEM("ngày/người"),
    PER_DIEM_SEA("ngày/người"),
    LODGING_FLAT_SENIOR("ngày/người"),
    LODGING_FLAT_CITY("ngày/người"),
    LODGING_FLAT_PROVINCE("ngày/người"),
    LODGING_FLAT_OTHER("ngày/người"),
    LODGING_INVOICE_MINISTER("ngày/phòng"),
    LODGING_INVOICE_SENIOR_CITY("ngày/phòng"),
    LODGING_INVOICE_SHARED_CITY("ngày/phòng"),
    LODGING_INVOICE_SENIOR_OTHER("ngày/phòng"),
    LODGING_INVOICE_SHARED_OTHER("ngày/phòng"),
    CONFERENCE_MEAL_CITY("ngày/người"),
    CONFERENCE_MEAL_PROVINCE("ngày/người"),
    CONFERENCE_MEAL_COMMUNE("ngày/người"),
    CONFERENCE_REFRESHMENT("buổi/người"),
    CONFERENCE_PRESENTATION("bài");

    private final String unit;

    RateKey(String unit) {
        this.unit = unit;
    }

    /** The unit the amount is for, as printed ("ngày/người"). */
    public String unit() {
        return unit;
    }
}
