package vn.delegationdesk.platform.i18n;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exact decimals as Vietnamese users type them (a foreign rate set's caps, a quoted price in USD): a comma before the
 * decimals ("45,5"), a point (or a space) between groups of three digits ("1.200", "1.200,75"). A point followed by anything but
 * groups of three digits ("45.5") is refused rather than guessed, so a figure is never read ten or a thousand times off.
 * Read into an exact {@link BigDecimal}, never a double.
 */
public final class VietnameseDecimals {
    private static final Pattern VIETNAMESE = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d+)?|\\d+(,\\d+)?");

    private VietnameseDecimals() {
    }

    /** The amount typed, empty when {@code typed} is not such a number; blank is handled by the caller. */
    public static Optional<BigDecimal> parse(String typed) {
        String compact = typed.strip().replace(" ", "").replace("\u00a0", "");
        if (!VIETNAMESE.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(".", "").replace(',', '.')));
    }

    /** "1.200", "45,5", "0,125"; "" for null. Every decimal kept, none added. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return formatExact(value.scale() > 0 ? value.stripTrailingZeros() : value);
    }

    /** "1.200,50": as {@link #format} but every decimal kept as stored, trailing zeros too, so it reads back equal. */
    public static String formatExact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String text = value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return dot < 0 ? grouped.toString() : grouped + "," + text.substring(dot + 1);
    }
}
