package vn.delegationdesk.platform.i18n;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Whole numbers as Vietnamese documents write them: a dot between groups of three digits ("66.600.000"),
 * no decimals (đồng have none). Written here rather than taken from the JDK's vi-VN locale data, so the
 * result does not depend on {@code jdk.localedata} being in a jlinked runtime.
 */
public final class VietnameseNumbers {
    /** Fifteen digits: 999.999 tỷ đồng, far above any estimate, and a product of three such figures is caught. */
    private static final int MAX_DIGITS = 15;
    /** Digits, or digits grouped by three with dots or spaces ("1.500.000", "1 500 000"). */
    private static final Pattern WHOLE = Pattern.compile("\\d+|\\d{1,3}([. ]\\d{3})+");

    private VietnameseNumbers() {
    }

    /** "66.600.000", "-1.500", "0". */
    public static String format(long value) {
        String digits = Long.toString(Math.abs(value));
        if (value == Long.MIN_VALUE) {
            digits = digits.substring(1);
        }
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return value < 0 ? "-" + out : out.toString();
    }

    /** {@link #format} of a value that may be missing: the empty string for null. */
    public static String format(Long value) {
        return value == null ? "" : format(value.longValue());
    }

    /**
     * Reads a whole number of at most fifteen digits, ≥ 0, as a user types it: "66.600.000", "66 600 000" or
     * "66600000". Empty when the text is blank, has a sign, a decimal part ("1,5", "1.5"), or anything else.
     */
    public static OptionalLong parseWhole(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.strip().replace('\u00a0', ' ');
        if (!WHOLE.matcher(t).matches()) {
            return OptionalLong.empty();
        }
        String digits = t.replace(".", "").replace(" ", "");
        return digits.length() > MAX_DIGITS ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
    }
}
