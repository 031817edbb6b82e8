package vn.delegationdesk.abroad;

import java.util.List;
import vn.delegationdesk.common.TextLimit;

/**
 * The longest text each field of an outbound plan takes: the widths of its columns in the store (migration V17), which
 * the test that compares limits with columns checks.
 */
public final class AbroadLimits {
    public static final TextLimit COUNTRY_NAME = TextLimit.line("outbound_stop", "country_name", 100);
    public static final TextLimit CITY = TextLimit.line("outbound_stop", "city", 200);
    public static final TextLimit FLIGHT_NUMBER = TextLimit.line("outbound_flight", "flight_number", 20);
    public static final TextLimit FROM_PLACE = TextLimit.line("outbound_flight", "from_place", 200);
    public static final TextLimit TO_PLACE = TextLimit.line("outbound_flight", "to_place", 200);
    public static final TextLimit PASSPORT_NUMBER = TextLimit.line("outbound_passport", "number", 20);
    public static final TextLimit EXCHANGE_SOURCE = TextLimit.line("outbound_plan", "exchange_source", 300);
    /** Every limit, for the store's test. */
    public static final List<TextLimit> ALL = List.of(COUNTRY_NAME, CITY, FLIGHT_NUMBER, FROM_PLACE, TO_PLACE,
            PASSPORT_NUMBER, EXCHANGE_SOURCE);

    private AbroadLimits() {
    }
}
