package vn.delegationdesk.platform.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as a Vietnamese clerk types it: "14/10/2025", "4/10/2025", "14-10-2025", "14.10.2025", or ISO
 * "2025-10-14". Only real calendar days are accepted ("31/02/2025" is not).
 */
public final class VietnameseDateParser {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private VietnameseDateParser() {
    }

    /** The date, or empty when the text is not a real day in one of the accepted forms. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
