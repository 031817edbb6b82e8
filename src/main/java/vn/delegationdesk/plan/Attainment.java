package vn.delegationdesk.plan;

/** Where what was achieved stands against a target's value or range. */
public enum Attainment {
    /** Below the minimum: "chưa đạt". */
    BELOW,
    /** Within the range (or at the value): "đạt". */
    WITHIN,
    /** Above the maximum: "vượt". */
    ABOVE;

    public String labelKey() {
        return switch (this) {
            case BELOW -> "plan.attainment.below";
            case WITHIN -> "plan.attainment.within";
            case ABOVE -> "plan.attainment.above";
        };
    }

    /** Where {@code achieved} stands against {@code min}–{@code max}. */
    public static Attainment of(long achieved, long min, long max) {
        return achieved < min ? BELOW : achieved > max ? ABOVE : WITHIN;
    }
}
