package vn.delegationdesk.exchange.json;

/**
 * The top-level {@code "format"} of each kind of file, here so that each reader can name a file of another kind
 * ("tệp này là gói đoàn công tác, không phải bộ định mức") without depending on that kind's feature.
 */
public final class FormatNames {
    public static final String PACKAGE = "delegation-desk/package";
    public static final String PLAN = "delegation-desk/plan";
    public static final String RATE_SET = "delegation-desk/rate-set";

    private FormatNames() {
    }
}
