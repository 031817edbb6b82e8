package vn.delegationdesk.budget;

import java.math.BigDecimal;

/**
 * The domestic flight class a traveller is entitled to under TT 12/2025 (from 04/5/2025): business from a
 * leadership-allowance coefficient of 1,3; premium economy from 0,8; economy for everyone else.
 */
public enum FlightClass {
    ECONOMY("hạng phổ thông"),
    PREMIUM_ECONOMY("hạng phổ thông đặc biệt"),
    BUSINESS("hạng thương gia");

    static final String BASIS = "TT 40/2017 Đ5, tiêu chuẩn hạng vé theo TT 12/2025";
    private static final BigDecimal BUSINESS_FROM = new BigDecimal("1.3");
    private static final BigDecimal PREMIUM_FROM = new BigDecimal("0.8");

    private final String label;

    FlightClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FlightClass suggestedFor(BigDecimal coefficient) {
        if (coefficient == null) {
            return ECONOMY;
        }
        if (coefficient.compareTo(BUSINESS_FROM) >= 0) {
            return BUSINESS;
        }
        return coefficient.compareTo(PREMIUM_FROM) >= 0 ? PREMIUM_ECONOMY : ECONOMY;
    }
}
